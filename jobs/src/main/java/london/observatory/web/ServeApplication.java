package london.observatory.web;

import java.time.Clock;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.jobs.schedule.ScheduleConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * {@code observatory serve}: the page and the JSON API over the latest release, read-only, and the nightly run's
 * schedule ({@link ScheduleConfiguration}, which starts each run as a process of its own). It needs none of the
 * nightly job's parts (no job repository, no data directory lock), so it is an application of its own over this
 * package; several may serve one data directory at once.
 */
@SpringBootApplication(
        excludeName = {
            "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
            "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
        })
@EnableConfigurationProperties({ObservatoryProperties.class, WebProperties.class})
@PropertySource("classpath:serve.properties")
@Import(ScheduleConfiguration.class)
public class ServeApplication {

    /** The system clock, unless one is already registered (tests set "now": the feeds' states, the schedule). */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }
}
