package london.observatory.search;

import java.util.List;

/**
 * One result, best first in a {@link SearchResponse}.
 *
 * @param kind    an indicator or an area
 * @param id      the indicator id ({@code claimant-count}) or the area code ({@code E09000022})
 * @param name    the indicator title or the area name
 * @param level   an area's level ({@code lsoa21}, {@code msoa21}, {@code ward}, {@code lad}, {@code region}, as in
 *                the {@code areas} table); null for an indicator
 * @param parents the areas an area lies in, nearest first (an LSOA: its MSOA, ward and borough; a ward or an MSOA:
 *                its borough); empty for an indicator
 * @param matched why it matched, one entry per part of the query it answers: {@code title: depression},
 *                {@code synonym: jobless → claimant count (title)}, {@code spelling: lewsham → Lewisham (name)},
 *                {@code code: E09000022}, {@code postcode: SE10 8AA → E01000001}
 * @param score   relevance in (0, 1], comparable within one response only: the result's BM25 score as a share
 *                of the best of its kind, scaled by how much of the query it answers
 */
public record SearchResult(
        Kind kind, String id, String name, String level, List<AreaRef> parents, List<String> matched, double score) {

    public enum Kind {
        INDICATOR,
        AREA;

        /** {@code indicator} or {@code area}, as JSON and the command line show it. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SearchResult {
        parents = List.copyOf(parents);
        matched = List.copyOf(matched);
    }
}
