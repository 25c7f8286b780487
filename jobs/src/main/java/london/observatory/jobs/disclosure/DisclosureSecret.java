package london.observatory.jobs.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import london.observatory.disclosure.OperatorSecret;
import london.observatory.jobs.failure.ConfigurationException;

/**
 * The operator's secret that keys each record for disclosure control: {@value #ENVIRONMENT} when set (an
 * installation that rebuilds its data directory keeps its keys by setting it), otherwise a random secret
 * made once for the data directory in {@code state/disclosure.secret}, readable by its owner only. Either
 * way it stays the same from one build to the next, so a record keeps its key and a cell its perturbation.
 * The secret never reaches a log, a message or an output.
 */
public final class DisclosureSecret {

    public static final String ENVIRONMENT = "OBSERVATORY_DISCLOSURE_SECRET";
    static final String FILE = "state/disclosure.secret";
    private static final int BYTES = 32;

    private DisclosureSecret() {}

    public static OperatorSecret load(UnaryOperator<String> secrets, Path dataDir) {
        String configured = secrets.apply(ENVIRONMENT);
        if (configured != null) {
            if (configured.getBytes(StandardCharsets.UTF_8).length < OperatorSecret.MINIMUM_BYTES) {
                throw new ConfigurationException(
                        ENVIRONMENT + ": shorter than " + OperatorSecret.MINIMUM_BYTES
                                + " bytes; set it to a long random string (for example 64 hex digits)",
                        null);
            }
            return OperatorSecret.ofText(configured);
        }
        return OperatorSecret.ofText(fromFile(dataDir.resolve(FILE)));
    }

    private static String fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the disclosure secret " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[BYTES];
        new SecureRandom().nextBytes(random);
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(
                    file, HexFormat.of().formatHex(random), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException raced) {
            return; // made by another process between the check and the write: use that one
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions keeps its own access rules
        }
    }
}
