package london.observatory.jobs.failure;

import static org.assertj.core.api.Assertions.assertThat;

import london.observatory.jobs.ObservatoryProperties;
import london.observatory.jobs.progress.ProgressProperties;
import london.observatory.web.WebProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * Every setting's bounds are checked as the settings bind, with no validation auto-configuration (the nightly
 * application excludes it): a value out of bounds is one line naming the property, the value and the bound,
 * and exit 78. The whole application fails the same way ({@code StartupErrorsIntegrationTests}).
 */
class SettingsBoundsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ObservatoryProperties.class, WebProperties.class, ProgressProperties.class})
    static class Settings {}

    private final ApplicationContextRunner settings =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "observatory.ingest.workers=0        | observatory.ingest.workers: \"0\" must be greater than or equal to 1",
                "observatory.ingest.workers=65       | observatory.ingest.workers: \"65\" must be less than or equal to 64",
                "observatory.ingest.block-rows=-5    | observatory.ingest.block-rows: \"-5\" must be greater than or equal to 1",
                "observatory.ingest.chunk-blocks=0   | observatory.ingest.chunk-blocks: \"0\" must be greater than or equal to 1",
                "observatory.http.max-attempts=0     | observatory.http.max-attempts: \"0\" must be greater than or equal to 1",
                "observatory.http.retry-delay=-1s    | observatory.http.retry-delay: \"-1s\" must be longer than or equal to 0",
                "observatory.http.max-retry-delay=2h | observatory.http.max-retry-delay: \"2h\" must be shorter than or equal to 1 hour",
                "observatory.http.connect-timeout=0s | observatory.http.connect-timeout: \"0s\" must be longer than or equal to 100 millis",
                "observatory.releases.keep=0         | observatory.releases.keep: \"0\" must be greater than or equal to 1",
                "observatory.progress.log-every=0s   | observatory.progress.log-every: \"0s\" must be longer than or equal to 1 second",
                "observatory.progress.log-every=2h   | observatory.progress.log-every: \"2h\" must be shorter than or equal to 1 hour",
                "observatory.geography.population-code-column= | observatory.geography.population-code-column: \"\" must not be blank",
                "observatory.feeds.camden-housing-register.url= | observatory.feeds[camden-housing-register].url: \"\" must not be blank",
                "observatory.web.duckdb-threads=0    | observatory.web.duckdb-threads: \"0\" must be greater than or equal to 1",
                "observatory.web.extracts-at-once=0  | observatory.web.extracts-at-once: \"0\" must be greater than or equal to 1",
                "observatory.web.release-poll=0s     | observatory.web.release-poll: \"0s\" must be longer than or equal to 100 millis",
                "observatory.web.duckdb-memory=lots  | observatory.web.duckdb-memory: \"lots\" must be a size such as 512MB or 2GB",
            })
    void aValueOutOfBoundsIsOneLineNamingThePropertyValueAndBoundWithExit78(String setting, String line) {
        settings.withPropertyValues(setting).run(context -> {
            StartupFailure failure = StartupFailure.of(context.getStartupFailure());

            assertThat(failure.exitCode()).isEqualTo(78);
            assertThat(failure.line()).isEqualTo(line + "; change the value");
        });
    }

    @Test
    void severalValuesOutOfBoundsAreNamedOnTheOneLine() {
        settings.withPropertyValues("observatory.ingest.workers=0", "observatory.ingest.chunk-blocks=0")
                .run(context -> assertThat(
                                StartupFailure.of(context.getStartupFailure()).line())
                        .contains("observatory.ingest.workers: \"0\" must be greater than or equal to 1")
                        .contains("observatory.ingest.chunk-blocks: \"0\" must be greater than or equal to 1")
                        .doesNotContain("\n"));
    }

    @Test
    void theDefaultsAreWithinBounds() {
        settings.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ObservatoryProperties.class).ingest().workers())
                    .isEqualTo(2);
        });
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        settings.withPropertyValues(
                        "observatory.ingest.workers=64",
                        "observatory.ingest.block-rows=1",
                        "observatory.http.retry-delay=0s",
                        "observatory.http.max-retry-delay=1h",
                        "observatory.progress.log-every=1s",
                        "observatory.web.duckdb-memory=2GB")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
