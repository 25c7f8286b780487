package london.observatory.observation;

import java.time.LocalDate;

/**
 * One row of the canonical {@code observations} table (see schemas/.../tables/observations.json).
 * {@code value} is null when the source withheld it; {@code flag} then says why. {@code cellKey} is set only on
 * counts made from record-level data.
 */
public record Observation(
        String indicatorId,
        String areaCode,
        String areaLevel,
        LocalDate periodStart,
        String periodType,
        Double value,
        Double numerator,
        Double denominator,
        Double ciLower,
        Double ciUpper,
        String flag,
        String statusMarker,
        String sourceAreaCode,
        String sourceGeography,
        String method,
        String runId,
        Long cellKey) {

    public static final String FLAG_SUPPRESSED = "suppressed";
    /** Shared out from a source area by population (or other) weights. */
    public static final String FLAG_APPORTIONED = "apportioned";
    /** Spread by a model of where people are (GP registrations by LSOA): an estimate. */
    public static final String FLAG_ESTIMATED = "estimated";
    /**
     * A score, rank or decile of a split source area, given unchanged to each of its parts: the parent's
     * value stands for every part, since an ordinal measure cannot be shared out.
     */
    public static final String FLAG_INHERITED = "inherited";

    /** A count placed on an area, with no rate parts. */
    public static Observation count(
            String indicatorId,
            String areaCode,
            String areaLevel,
            LocalDate periodStart,
            String periodType,
            Double value,
            String flag,
            String statusMarker,
            String sourceAreaCode,
            String sourceGeography,
            String method,
            String runId) {
        return new Observation(
                indicatorId,
                areaCode,
                areaLevel,
                periodStart,
                periodType,
                value,
                null,
                null,
                null,
                null,
                flag,
                statusMarker,
                sourceAreaCode,
                sourceGeography,
                method,
                runId,
                null);
    }

    /**
     * This count with its disclosure cell key: the sum of its records' keys mod 256, for a count made from
     * record-level data (see the disclosure package).
     */
    public Observation withCellKey(int key) {
        return new Observation(
                indicatorId,
                areaCode,
                areaLevel,
                periodStart,
                periodType,
                value,
                numerator,
                denominator,
                ciLower,
                ciUpper,
                flag,
                statusMarker,
                sourceAreaCode,
                sourceGeography,
                method,
                runId,
                (long) key);
    }

    /** Hive partition value for this row's period: {@code 2024-06} for a month, {@code 2021} for a year. */
    public String periodPartition() {
        return switch (periodType) {
            case "month" -> periodStart.toString().substring(0, 7);
            case "year", "census" -> String.valueOf(periodStart.getYear());
            default -> periodType + "-" + periodStart;
        };
    }

    /**
     * The first day of the periods a partition value (see {@link #periodPartition}) holds: a month's first day,
     * 1 January for a year's (a census's partition is named by its year alone), else the date it ends with.
     */
    public static LocalDate periodStartOf(String partition) {
        if (partition.matches("\\d{4}")) {
            return LocalDate.of(Integer.parseInt(partition), 1, 1);
        }
        if (partition.matches("\\d{4}-\\d{2}")) {
            return LocalDate.parse(partition + "-01");
        }
        if (partition.matches(".+-\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(partition.substring(partition.length() - 10));
        }
        throw new IllegalArgumentException("not a period partition: " + partition);
    }
}
