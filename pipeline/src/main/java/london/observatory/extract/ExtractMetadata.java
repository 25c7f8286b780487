package london.observatory.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What an extract says about itself, in its Data Package, Parquet footer and spreadsheet cover: the request, the
 * release and the runs its numbers came from, whether they are sample data, and the disclosure rules of the
 * database. Everything here comes from the request and the database, never from the clock, so the same request on
 * the same database describes itself identically.
 *
 * @param builtAt when the database's last run finished (UTC, ISO 8601), or null for a database without runs
 */
record ExtractMetadata(
        ValidRequest request,
        String releaseId,
        String builtAt,
        boolean sample,
        String sampleNote,
        List<RunInfo> runs,
        List<DisclosureRule> disclosureRules) {

    ExtractMetadata {
        runs = List.copyOf(runs);
        disclosureRules = List.copyOf(disclosureRules);
    }

    /** One feed's run whose observations the extract's indicators come from. */
    record RunInfo(
            String feed,
            String runId,
            boolean sample,
            String finishedAt,
            String sourceUrl,
            String expectedNextRelease) {}

    /** One source of the extract's indicators. */
    record Source(String publisher, String url, String licence) {}

    String title() {
        int areas = request.areas().size();
        String where = areas == 1
                ? request.areas().get(0).name() + " (" + request.areas().get(0).code() + ")"
                : String.format(Locale.ROOT, "%,d areas", areas);
        return (sample ? "SAMPLE DATA: " : "") + "London Social Evidence Observatory extract for " + where;
    }

    /** The distinct publishers, URLs and licences of the extract's indicators, in that order. */
    List<Source> sources() {
        return request.indicators().stream()
                .map(i -> new Source(i.publisher(), i.sourceUrl(), i.licence()))
                .distinct()
                .sorted(Comparator.comparing(Source::publisher)
                        .thenComparing(Source::url)
                        .thenComparing(Source::licence))
                .toList();
    }

    List<String> licences() {
        return sources().stream().map(Source::licence).distinct().sorted().toList();
    }

    /** The soonest date a feed of this extract is expected to change, from {@code runs.expected_next_release}. */
    Optional<String> nextUpdate() {
        return runs.stream()
                .map(RunInfo::expectedNextRelease)
                .filter(Objects::nonNull)
                .sorted()
                .findFirst();
    }
}
