package london.observatory.jobs.lock;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * How long {@code --wait} waits for the data directory's lock: {@code observatory.lock-wait}, two hours unless
 * set, so a command queued behind a nightly run on the real sources still runs that night, and one behind a run
 * that hangs gives up rather than waiting for ever. Read where the lock is taken, before any bean exists.
 */
final class LockWait {

    static final String PROPERTY = "observatory.lock-wait";
    static final Duration DEFAULT = Duration.ofHours(2);

    private LockWait() {}

    static Duration of(Binder settings) {
        Duration wait = settings.bind(PROPERTY, Duration.class).orElse(DEFAULT);
        if (wait.isNegative()) {
            throw new IllegalArgumentException(PROPERTY + ": \"" + wait + "\" must not be negative; change the value");
        }
        return wait;
    }

    /** The one line a waiting command prints before it waits. */
    static String waitingLine(Path lockFile, Duration atMost) {
        return "waiting for the run holding " + lockFile + " to finish (at most " + describe(atMost) + ")…";
    }

    /** {@code 2 h}, {@code 90 min}, {@code 45 s}, {@code 250 ms}: the unit that says it exactly. */
    static String describe(Duration wait) {
        if (wait.toMillis() % 1000 != 0) {
            return wait.toMillis() + " ms";
        }
        long seconds = wait.toSeconds();
        if (seconds % 3600 == 0 && seconds > 0) {
            return seconds / 3600 + " h";
        }
        return seconds % 60 == 0 && seconds > 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
