package london.observatory.fetch;

/** How one fetch of a feed ended. */
public enum FetchOutcome {
    /** New bytes are in the landing folder; parse them. */
    LANDED,
    /** The source answered 304 or sent the same bytes as the last ingested fetch; skip the feed. */
    UNCHANGED,
    /** The fetch failed; the landing folder keeps what arrived, for diagnosis only. */
    FAILED
}
