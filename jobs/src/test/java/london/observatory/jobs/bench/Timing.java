package london.observatory.jobs.bench;

/**
 * One timed phase of the benchmark: wall time, rows read and written, and the Java heap's peak
 * during the phase (DuckDB's native memory is outside the heap and is not counted).
 */
public record Timing(String phase, double seconds, long rowsIn, long rowsOut, long peakHeapBytes) {

    public double rowsInPerSecond() {
        return seconds > 0 ? rowsIn / seconds : 0;
    }

    public double rowsOutPerSecond() {
        return seconds > 0 ? rowsOut / seconds : 0;
    }
}
