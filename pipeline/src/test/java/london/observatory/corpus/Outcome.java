package london.observatory.corpus;

/**
 * What one corpus input did to its reader.
 *
 * @param quarantined rows the reader sent to the quarantine (a read that finished)
 * @param why         the error's one line, or for a crash what made it one
 * @param nanos       how long the read took
 * @param peakHeap    the heap's peak use during the read, in bytes
 */
public record Outcome(CorpusInput input, Kind kind, long quarantined, String why, long nanos, long peakHeap) {

    public enum Kind {
        /** read to the end, nothing quarantined: the mutation did no harm (a renamed extra column, a blank line) */
        CLEAN,
        /** read to the end, the bad rows quarantined */
        QUARANTINED,
        /** refused in one clear line naming the file */
        CLEAR_ERROR,
        /** anything else: an exception of a type no reader should throw, a message no operator can read, too slow */
        CRASH
    }
}
