package london.observatory.freshness;

import java.util.Locale;

/** Where a feed stands against its publisher's calendar (the {@code feed_status} view's {@code state}). */
public enum FeedState {
    /** Its data are current: the next release is not expected yet, or the feed has no expected release. */
    FRESH,
    /** A new release is expected (or the feed has never run) and has not been ingested yet, within its grace. */
    DUE,
    /** The grace after the expected release ({@code lateAfterDays}) has passed without new data. */
    LATE,
    /** The feed's last run failed: its last good data are kept, and they may be getting old. */
    FAILING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Worth a person's attention (the health check and the alerts). */
    public boolean needsAttention() {
        return this == LATE || this == FAILING;
    }
}
