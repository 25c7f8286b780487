package london.observatory.jobs.read;

import java.util.List;
import london.observatory.extract.DisclosureRule;

/** The disclosure rules each published database is built under, recorded in the extracts made from it. */
public final class DisclosureRules {

    /** {@code observatory-open.duckdb}: what anyone may read. */
    public static final List<DisclosureRule> OPEN = List.of(new DisclosureRule(
            "cell-key-perturbation",
            "Counts made from borough case lists are their protected LSOA values (cell-key perturbation, perturbation"
                    + " table v1, threshold 10); any figure above an LSOA is the sum of protected LSOA values"));

    /** {@code observatory.duckdb}: exact values and restricted indicators, for authorised users only. */
    public static final List<DisclosureRule> FULL = List.of(new DisclosureRule(
            "restricted",
            "Exact counts from borough case lists and restricted indicators, for authorised users only: not for"
                    + " publication; small counts may identify people"));

    private DisclosureRules() {}
}
