package london.observatory.ingest;

/** What one feed × period partition holds: its observation rows and its distinct area codes. */
public record PeriodCounts(long rows, long areas) {}
