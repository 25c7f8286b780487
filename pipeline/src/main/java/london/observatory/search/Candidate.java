package london.observatory.search;

import java.util.List;

/**
 * A document on its way to being a result: its score as a share of the best of its kind ({@code relative}), how
 * many parts of the query it answers ({@code answers}: an indicator answers a place word only by half, see
 * {@link PlaceWords}), and whether it was named exactly (an area code or a postcode).
 */
record Candidate(
        int doc,
        SearchResult.Kind kind,
        double relative,
        boolean exact,
        List<String> reasons,
        double answers,
        int rank) {

    /**
     * The relevance shown and ranked by: a result that answers more of the query ranks above one as good at
     * less of it ({@code depression camden}: neither answers both; {@code council tax arrears southwark}: the
     * Southwark arrears indicator answers every part).
     */
    double score(int parts) {
        return parts == 0 ? relative : relative * (0.5 + 0.5 * Math.min(answers, parts) / parts);
    }
}
