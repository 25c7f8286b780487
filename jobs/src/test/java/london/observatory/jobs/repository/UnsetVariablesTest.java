package london.observatory.jobs.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import london.observatory.jobs.failure.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

class UnsetVariablesTest {

    @Test
    void onePasswordNotSetIsNamedAlone() {
        DataSourceProperties datasource = datasource("jdbc:postgresql://db/observatory", "observatory");
        datasource.setPassword("${OBSERVATORY_DB_PASSWORD}");

        ConfigurationException unset =
                catchThrowableOfType(ConfigurationException.class, () -> UnsetVariables.check(datasource));

        assertThat(unset.getExitCode()).isEqualTo(78);
        assertThat(unset.getMessage())
                .isEqualTo("spring.datasource.password: environment variable OBSERVATORY_DB_PASSWORD is not set; set"
                        + " it to the job repository's PostgreSQL connection (see the README, Production job"
                        + " repository), or run without the prod profile for the embedded one");
    }

    /** The embedded default has no password at all: nothing there is a variable. */
    @Test
    void settingsWithoutPlaceholdersPass() {
        DataSourceProperties datasource = datasource("jdbc:h2:file:/data/batch/jobrepository", "sa");

        assertThatCode(() -> UnsetVariables.check(datasource)).doesNotThrowAnyException();
    }

    private static DataSourceProperties datasource(String url, String user) {
        DataSourceProperties datasource = new DataSourceProperties();
        datasource.setUrl(url);
        datasource.setUsername(user);
        return datasource;
    }
}
