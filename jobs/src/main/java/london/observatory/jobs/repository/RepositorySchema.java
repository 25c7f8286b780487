package london.observatory.jobs.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.batch.core.SpringBatchVersion;

/**
 * {@code observatory repository-schema}: prints the job repository's tables for PostgreSQL, for an operator to
 * apply once before the first run under the {@code prod} profile (which never creates them itself). The DDL is
 * the one Spring Batch ships in its own jar, read from the class path, so it always matches the Spring Batch the
 * application runs on, and nothing of it is copied into this repository.
 */
public final class RepositorySchema {

    public static final String COMMAND = "repository-schema";

    /** How the README and the missing-schema message tell an operator to apply it. */
    public static final String APPLY = "./observatory repository-schema | psql -v ON_ERROR_STOP=1 -1 -f - <database>";

    static final String POSTGRESQL = "org/springframework/batch/core/schema-postgresql.sql";

    private static final Pattern TABLE = Pattern.compile("(?im)^\\s*CREATE\\s+TABLE\\s+(\\w+)");

    private RepositorySchema() {}

    /** Whether {@code args} name this command (the first argument that is not an option). */
    public static boolean handles(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                return arg.equals(COMMAND);
            }
        }
        return false;
    }

    /** Prints the schema; 64 (usage) when anything but options follows the command. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        long commands = Arrays.stream(args).filter(a -> !a.startsWith("--")).count();
        if (commands != 1) {
            err.println("usage: observatory " + COMMAND + " (prints the job repository's PostgreSQL tables; apply"
                    + " them with " + APPLY + ")");
            return 64;
        }
        out.print(script());
        out.flush();
        return 0;
    }

    /** What the command prints: a header saying what it is and how to apply it, then Spring Batch's DDL. */
    public static String script() {
        return "-- The Spring Batch " + SpringBatchVersion.getVersion() + " job repository for PostgreSQL ("
                + POSTGRESQL + " in spring-batch-core),\n"
                + "-- for observatory nightly under --spring.profiles.active=prod. Apply it once, before the first run:\n"
                + "--   " + APPLY + "\n"
                + postgresqlDdl();
    }

    /** The tables the DDL creates, in its order (BATCH_JOB_INSTANCE first). */
    public static List<String> tables() {
        List<String> tables = new ArrayList<>();
        Matcher table = TABLE.matcher(postgresqlDdl());
        while (table.find()) {
            tables.add(table.group(1));
        }
        return tables;
    }

    private static String postgresqlDdl() {
        try (InputStream in = RepositorySchema.class.getClassLoader().getResourceAsStream(POSTGRESQL)) {
            if (in == null) {
                throw new IllegalStateException(POSTGRESQL + " is not on the class path (spring-batch-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + POSTGRESQL + ": " + e.getMessage(), e);
        }
    }
}
