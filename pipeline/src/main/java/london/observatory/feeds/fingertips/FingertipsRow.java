package london.observatory.feeds.fingertips;

import london.observatory.observation.Observation;

/**
 * One row of a feed's headline series, typed. A withheld value is null, never zero: {@code suppressed}
 * says the provider held it back ({@code Value note} "Value suppressed for disclosure control…"), and
 * {@code marker} keeps what it wrote (that note, or a marker in the Value cell).
 *
 * @param file        the landed file
 * @param line        the line the row starts on
 * @param value       {@code Value} (a percentage, rate or ratio: see the indicator), or null
 * @param lowerCi95   {@code Lower CI 95.0 limit}, or null
 * @param upperCi95   {@code Upper CI 95.0 limit}, or null
 * @param count       {@code Count} (the numerator), or null
 * @param denominator {@code Denominator}, or null
 * @param valueNote   {@code Value note} as written, or null when blank
 */
public record FingertipsRow(
        String file,
        long line,
        String indicatorId,
        String areaCode,
        String areaName,
        String areaType,
        String parentCode,
        String sex,
        String age,
        FingertipsPeriod period,
        Double value,
        Double lowerCi95,
        Double upperCi95,
        Double count,
        Double denominator,
        String valueNote,
        String marker,
        boolean suppressed) {

    /** {@link Observation#FLAG_SUPPRESSED} for a withheld value, else null. */
    public String flag() {
        return suppressed ? Observation.FLAG_SUPPRESSED : null;
    }
}
