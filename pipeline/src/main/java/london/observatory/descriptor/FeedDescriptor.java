package london.observatory.descriptor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One feed, as described by its descriptor in {@code schemas/.../observatory/feeds/<id>.json}:
 * where it comes from, what columns it must have, and the indicators it produces.
 * {@code mapping} says how a table format's rows become observations (the Nomis API format has its own
 * mapper and none); {@code apportionDown} shares count values of coarser areas (MSOA, ward, borough)
 * down to LSOAs by population instead of keeping them at their own level; {@code encoding} names the
 * text encoding of a text source ({@code auto}, the default, detects UTF-8 or Windows-1252);
 * {@code nextRelease} is the publisher's next expected release, as the catalogue shows it;
 * {@code records} makes it a record-level feed (a borough's case list), counted per LSOA and month
 * instead of read as published figures, and {@code restricted} unless the descriptor says otherwise;
 * {@code disclosure} says how a record-level feed's counts are protected in open outputs (cell-key
 * perturbation unless it says otherwise; only record-level feeds have one); {@code dataTests} says how far a
 * period's rows and areas may fall against the last good data before the run's data are refused;
 * {@code lateAfterDays} is how many days after its expected next release the feed counts as late rather than due
 * (null for a cadence with no expected release: decennial, irregular).
 */
public record FeedDescriptor(
        String id,
        String title,
        String format,
        FeedSource source,
        List<String> columns,
        double maxBadRowShare,
        DataTests dataTests,
        String licence,
        String cadence,
        String nativeGeography,
        String accessTier,
        List<IndicatorDefinition> indicators,
        TableMapping mapping,
        Boolean apportionDown,
        String encoding,
        String nextRelease,
        RecordMapping records,
        FeedDisclosure disclosure,
        Integer lateAfterDays) {

    public static final String OPEN = "open";
    public static final String RESTRICTED = "restricted";

    public FeedDescriptor {
        columns = columns == null ? List.of() : List.copyOf(columns);
        indicators = List.copyOf(indicators);
        // Counts made from case lists are about people, so they are restricted until someone decides otherwise.
        accessTier = accessTier != null ? accessTier : records != null ? RESTRICTED : OPEN;
        List<IndicatorDefinition> read =
                indicators.stream().filter(i -> i.rateOf() == null).toList();
        if (records != null && (read.size() != 1 || !read.get(0).isCount())) {
            throw new IllegalArgumentException(id + ": a record-level feed counts its records as exactly one count "
                    + "indicator (and may derive rates from it)");
        }
        for (IndicatorDefinition rate : indicators) {
            if (rate.rateOf() != null
                    && (records == null
                            || !rate.rateOf().numerator().equals(read.get(0).id()))) {
                throw new IllegalArgumentException(id + ": " + rate.id() + " is a rate of "
                        + rate.rateOf().numerator() + ", but only a record-level feed's own count can be a numerator");
            }
        }
        encoding = encoding == null ? "auto" : encoding;
        dataTests = dataTests == null ? DataTests.DEFAULT : dataTests;
        apportionDown = Boolean.TRUE.equals(apportionDown);
        if (disclosure != null && records == null) {
            throw new IllegalArgumentException(id + ": only a record-level feed ('records') has a disclosure block");
        }
        disclosure = disclosure == null && records != null ? FeedDisclosure.DEFAULT : disclosure;
        lateAfterDays = lateAfterDays != null ? lateAfterDays : defaultLateAfterDays(cadence);
    }

    /**
     * What a feed that does not say gets: a day's grace for a daily feed, a week for a monthly one; publishers of
     * annual figures often slip by weeks.
     */
    static Integer defaultLateAfterDays(String cadence) {
        return switch (cadence == null ? "" : cadence) {
            case "daily" -> 1;
            case "weekly" -> 2;
            case "monthly" -> 7;
            case "quarterly" -> 21;
            case "annual", "yearly" -> 45;
            default -> null;
        };
    }

    /** Whether open outputs show this feed's counts only through cell-key perturbation (record-level, by default). */
    public boolean perturbed() {
        return disclosure != null && disclosure.perturbed();
    }

    /** The indicator a record-level feed counts its records as (its others are rates of it). */
    public IndicatorDefinition recordCount() {
        return indicators.stream().filter(i -> i.rateOf() == null).findFirst().orElseThrow();
    }

    /** The columns the header check requires: the descriptor's list, or else every column the mapping reads. */
    public List<String> requiredColumns() {
        if (records != null) {
            return records.landedColumns();
        }
        return !columns.isEmpty() || mapping == null ? columns : mapping.requiredColumns();
    }

    /**
     * Every column the feed's rows are read by: the required ones and the mapping's. A record may leave
     * off trailing columns outside these (they read as absent), never one of them.
     */
    public Set<String> columnsRead() {
        Set<String> read = new LinkedHashSet<>(requiredColumns());
        if (mapping != null) {
            read.addAll(mapping.requiredColumns());
        }
        return read;
    }

    public IndicatorDefinition indicator(String indicatorId) {
        return indicators.stream()
                .filter(i -> i.id().equals(indicatorId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + ": no indicator " + indicatorId));
    }

    /** The same feed fetched from another place (configuration override). */
    public FeedDescriptor withUrl(String url) {
        return new FeedDescriptor(
                id,
                title,
                format,
                source.withUrl(url),
                columns,
                maxBadRowShare,
                dataTests,
                licence,
                cadence,
                nativeGeography,
                accessTier,
                indicators,
                mapping,
                apportionDown,
                encoding,
                nextRelease,
                records,
                disclosure,
                lateAfterDays);
    }
}
