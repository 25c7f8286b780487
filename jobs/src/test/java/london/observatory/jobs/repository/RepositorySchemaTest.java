package london.observatory.jobs.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RepositorySchemaTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsSpringBatchsOwnPostgresqlDdlUnderAHeaderSayingHowToApplyIt() throws Exception {
        int exit = run("repository-schema", "--debug");

        String ddl;
        try (var in = getClass().getClassLoader().getResourceAsStream(RepositorySchema.POSTGRESQL)) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("-- The Spring Batch 6.0.4 job repository for PostgreSQL"
                        + " (org/springframework/batch/core/schema-postgresql.sql in spring-batch-core),\n"
                        + "-- for observatory nightly under --spring.profiles.active=prod. Apply it once, before the"
                        + " first run:\n"
                        + "--   ./observatory repository-schema | psql -v ON_ERROR_STOP=1 -1 -f - <database>\n"
                        + ddl);
    }

    @Test
    void theTablesAreTheSixTheDdlCreates() {
        assertThat(RepositorySchema.tables())
                .containsExactly(
                        "BATCH_JOB_INSTANCE",
                        "BATCH_JOB_EXECUTION",
                        "BATCH_JOB_EXECUTION_PARAMS",
                        "BATCH_STEP_EXECUTION",
                        "BATCH_STEP_EXECUTION_CONTEXT",
                        "BATCH_JOB_EXECUTION_CONTEXT");
    }

    @Test
    void anythingAfterTheCommandIsUsageAndExit64WithNothingPrinted() {
        int exit = run("repository-schema", "mysql");

        assertThat(exit).isEqualTo(64);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("usage: observatory repository-schema (prints the job repository's PostgreSQL tables;"
                        + " apply them with ./observatory repository-schema | psql -v ON_ERROR_STOP=1 -1 -f -"
                        + " <database>)\n");
    }

    @Test
    void itIsTheCommandOnlyWhenItIsTheFirstArgumentThatIsNotAnOption() {
        assertThat(RepositorySchema.handles(new String[] {"--observatory.data-dir=x", "repository-schema"}))
                .isTrue();
        assertThat(RepositorySchema.handles(new String[] {"nightly", "repository-schema"}))
                .isFalse();
        assertThat(RepositorySchema.handles(new String[] {})).isFalse();
    }

    private int run(String... args) {
        return RepositorySchema.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
