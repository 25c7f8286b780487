package london.observatory.search;

import java.util.List;

/**
 * The index's fields. Indicators and areas have no searched field in common, so each kind's terms are
 * weighed (BM25 idf, length norms) only against its own kind: a word in 250 LSOA names does not make the same
 * word rare or common in indicator titles.
 */
final class SearchFields {

    private SearchFields() {}

    /** {@code indicator} or {@code area}; stored. */
    static final String KIND = "kind";
    /** Indicator id or area code, exact; stored. */
    static final String ID = "id";
    /** What a result shows: indicator title or area name; stored. */
    static final String DISPLAY = "display";

    static final String TITLE = "title";
    static final String KEYWORDS = "keywords";
    static final String DESCRIPTION = "description";
    static final String UNIT = "unit";
    static final String THEME = "theme";
    static final String SOURCE = "source";

    static final String NAME = "name";
    /** Area level code, exact; stored. */
    static final String LEVEL = "level";
    /** Each parent as {@code level \t code \t name}; stored only. */
    static final String PARENT = "parent";

    /** A searched field and how much a match there counts against a match elsewhere. */
    record Weighted(String field, float boost) {}

    /** Indicator fields, strongest first (the order in which a match is reported). */
    static final List<Weighted> INDICATOR = List.of(
            new Weighted(TITLE, 3.0f),
            new Weighted(KEYWORDS, 2.0f),
            new Weighted(THEME, 1.2f),
            new Weighted(UNIT, 1.0f),
            new Weighted(DESCRIPTION, 0.7f),
            new Weighted(SOURCE, 0.5f));

    /** Area fields. */
    static final List<Weighted> AREA = List.of(new Weighted(NAME, 1.0f));

    /** Fields whose terms are offered as spelling corrections: names people type, not free text. */
    static final List<String> SPELLED = List.of(NAME, TITLE, KEYWORDS);
}
