package london.observatory.jobs.repository;

import java.nio.file.Path;
import javax.sql.DataSource;
import london.observatory.jobs.ObservatoryProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where Spring Batch keeps its job repository. By default an embedded H2 file under the data directory, whose
 * tables Spring Batch creates on first use; with {@code spring.datasource.url} set (the {@code prod} profile:
 * PostgreSQL, from {@code OBSERVATORY_DB_URL}, {@code OBSERVATORY_DB_USER} and {@code OBSERVATORY_DB_PASSWORD}),
 * that database, whose tables an operator creates once ({@link RepositorySchema}).
 */
@Configuration(proxyBeanMethods = false)
class JobRepositoryConfiguration {

    /**
     * Built here because H2 wants an absolute path and the data directory may be relative, and so that a
     * {@code ${VARIABLE}} the environment did not supply is one line naming it rather than a driver's error
     * about a URL that begins with a dollar sign.
     */
    @Bean
    DataSource dataSource(DataSourceProperties datasource, ObservatoryProperties properties) {
        if (datasource.getUrl() == null) {
            Path file = properties.dataDir().toAbsolutePath().normalize().resolve("batch/jobrepository");
            // H2 must not close itself when the JVM begins to shut down: a SIGTERM's stop (GracefulStop) still
            // records the stopped job, and the application closes the pool, and with it the database, after that.
            datasource.setUrl("jdbc:h2:file:" + file + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE");
            datasource.setUsername("sa");
        }
        UnsetVariables.check(datasource);
        return datasource.initializeDataSourceBuilder().build();
    }

    /**
     * Fails the start, before the nightly run touches anything, when the repository has no Spring Batch tables:
     * otherwise the first query of the run would fail with a stack trace about a missing relation. After the
     * schema initializer, so the embedded default has created its tables by then.
     */
    @Bean
    @DependsOnDatabaseInitialization
    RepositorySchemaCheck repositorySchemaCheck(
            DataSource dataSource, @Value("${spring.batch.jdbc.table-prefix:BATCH_}") String tablePrefix) {
        RepositorySchemaCheck check = new RepositorySchemaCheck(dataSource, tablePrefix);
        check.verify();
        return check;
    }
}
