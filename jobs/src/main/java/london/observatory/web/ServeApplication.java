package london.observatory.web;

import london.observatory.jobs.ObservatoryProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * {@code observatory serve}: the page and the JSON API over the latest release, read-only. It needs none of the
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
public class ServeApplication {}
