package london.observatory.jobs.command;

import org.springframework.boot.ExitCodeGenerator;

/**
 * The command line asks for something the observatory cannot do as written (a missing feed, a malformed period):
 * one line saying what and how to write it, nothing touched. Exit code 64 (usage, as in BSD's sysexits).
 */
public final class UsageException extends RuntimeException implements ExitCodeGenerator {

    public static final int EXIT_CODE = 64;

    public UsageException(String message) {
        super(message);
    }

    @Override
    public int getExitCode() {
        return EXIT_CODE;
    }
}
