package london.observatory.fetch;

import java.time.Duration;

/** Waits between attempts; a seam so tests can record the waits instead of sleeping through them. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
