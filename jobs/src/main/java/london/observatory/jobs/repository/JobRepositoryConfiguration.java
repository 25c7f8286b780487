package london.observatory.jobs.repository;

import java.nio.file.Path;
import javax.sql.DataSource;
import london.observatory.jobs.ObservatoryProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Where Spring Batch keeps its job repository. By default an embedded H2 file under the data directory, whose
 * tables are made from Spring Batch's script on first use; with {@code spring.datasource.url} set (the {@code prod} profile:
 * PostgreSQL, from {@code OBSERVATORY_DB_URL}, {@code OBSERVATORY_DB_USER} and {@code OBSERVATORY_DB_PASSWORD}),
 * that database, whose tables an operator creates once ({@link RepositorySchema}).
 */
@Configuration(proxyBeanMethods = false)
class JobRepositoryConfiguration {

    /** Spring Batch's own tables for H2, from its jar. */
    static final String H2_SCHEMA = "org/springframework/batch/core/schema-h2.sql";

    /**
     * Built here because H2 wants an absolute path and the data directory may be relative, and so that a
     * {@code ${VARIABLE}} the environment did not supply is one line naming it rather than a driver's error
     * about a URL that begins with a dollar sign.
     */
    @Bean
    DataSource dataSource(DataSourceProperties datasource, ObservatoryProperties properties) {
        if (datasource.getUrl() == null) {
            datasource.setUrl(embeddedUrl(properties));
            datasource.setUsername("sa");
        }
        UnsetVariables.check(datasource);
        return datasource.initializeDataSourceBuilder().build();
    }

    /**
     * Fails the start, before the nightly run touches anything, when the repository has no Spring Batch tables:
     * otherwise the first query of the run would fail with a stack trace about a missing relation. The embedded
     * default makes its tables when they are missing (its first run), from Spring Batch's script; every other
     * repository's are the operator's ({@link RepositorySchema}). After any schema initializer an operator turns
     * on ({@code spring.batch.jdbc.initialize-schema}, off by default: run at every start, Spring Boot's runs the
     * whole script and lets each statement fail on the tables already there, a fifth of a second of each run).
     */
    @Bean
    @DependsOnDatabaseInitialization
    RepositorySchemaCheck repositorySchemaCheck(
            DataSource dataSource,
            DataSourceProperties datasource,
            ObservatoryProperties properties,
            @Value("${spring.batch.jdbc.table-prefix:BATCH_}") String tablePrefix) {
        RepositorySchemaCheck check = new RepositorySchemaCheck(dataSource, tablePrefix);
        if (embeddedUrl(properties).equals(datasource.getUrl())
                && !check.missing().tables().isEmpty()) {
            ResourceDatabasePopulator schema = new ResourceDatabasePopulator(new ClassPathResource(H2_SCHEMA));
            schema.setContinueOnError(true); // a table a killed first run made already stays as it is
            schema.execute(dataSource);
        }
        check.verify();
        return check;
    }

    /**
     * The embedded repository: an H2 file under the data directory. H2 must not close itself when the JVM
     * begins to shut down: a SIGTERM's stop (GracefulStop) still records the stopped job, and the application
     * closes the pool, and with it the database, after that.
     */
    private static String embeddedUrl(ObservatoryProperties properties) {
        Path file = properties.dataDir().toAbsolutePath().normalize().resolve("batch/jobrepository");
        return "jdbc:h2:file:" + file + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE";
    }
}
