package london.observatory.extract;

/** One row of {@code indicators}, the columns an extract writes or records in its metadata. */
record IndicatorInfo(
        String id,
        String title,
        String theme,
        String description,
        String unit,
        String measureType,
        Double scale,
        String publisher,
        String licence,
        String sourceUrl,
        String nextRelease) {

    boolean isCount() {
        return measureType.equals("count");
    }

    /** Rates and percentages: added up only through their numerators and denominators. */
    boolean isRatio() {
        return measureType.equals("rate") || measureType.equals("percentage");
    }

    double scaleOrOne() {
        return scale == null ? 1.0 : scale;
    }
}
