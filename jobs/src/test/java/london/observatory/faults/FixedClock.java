package london.observatory.faults;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * "Now" fixed at {@code observatory.test.now} (an ISO instant) for a run in another JVM, where a test cannot
 * register its clock before the application starts as it does in its own ({@code ObservatoryRun}): the run id
 * and everything else the run dates are then known to the test. Added to a run only by naming it in
 * {@code --spring.main.sources}; primary over the application's system clock.
 */
@Configuration(proxyBeanMethods = false)
public class FixedClock {

    public static final String NOW = "observatory.test.now";

    @Bean
    @Primary
    Clock testClock(@Value("${" + NOW + "}") Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}
