package london.observatory.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A folder of a release that is slow to make and rarely changes (the search index, the map boundaries): copied
 * from the previous release's folder when that was made from the same inputs, or from the copy this process kept
 * of one it made (several data directories published by one process, as the tests do), otherwise made. The
 * fingerprint of the inputs, written beside the files as {@value #FINGERPRINT}, says whether two folders were
 * made from the same inputs; a folder without one, or with another, is never copied.
 */
public final class FingerprintedOutput {

    public static final String FINGERPRINT = "inputs.sha256";

    /** Where a folder's files came from. */
    public enum Origin {
        MADE,
        PREVIOUS_RELEASE,
        MADE_EARLIER_IN_THIS_PROCESS
    }

    /** Writes the folder's files (not the fingerprint) into a directory that exists. */
    @FunctionalInterface
    public interface Maker {
        void make(Path dir) throws IOException;
    }

    /** Keyed by kind and fingerprint; the folders are temporary, removed when the process ends. */
    private static final Map<String, Path> MADE = new ConcurrentHashMap<>();

    private FingerprintedOutput() {}

    /**
     * Fills {@code dir} (created; it must not hold files of the same names) with the files of a {@code kind}
     * folder made from inputs with {@code fingerprint}, copying them from {@code previous} or this process's
     * copy when one of those was made from the same inputs, and otherwise with {@code maker}.
     */
    public static Origin makeOrCopy(String kind, Path dir, Optional<Path> previous, String fingerprint, Maker maker)
            throws IOException {
        Files.createDirectories(dir);
        if (previous.isPresent() && fingerprint.equals(read(previous.get().resolve(FINGERPRINT)))) {
            copy(previous.get(), dir);
            return Origin.PREVIOUS_RELEASE;
        }
        Path kept = MADE.get(kind + "/" + fingerprint);
        if (kept != null && fingerprint.equals(read(kept.resolve(FINGERPRINT)))) {
            copy(kept, dir);
            return Origin.MADE_EARLIER_IN_THIS_PROCESS;
        }
        maker.make(dir);
        // Written last: a folder whose making failed half way never claims to match its inputs.
        Files.writeString(dir.resolve(FINGERPRINT), fingerprint, StandardCharsets.UTF_8);
        keep(kind, dir, fingerprint);
        return Origin.MADE;
    }

    private static void keep(String kind, Path dir, String fingerprint) throws IOException {
        Path kept = Files.createTempDirectory("observatory-" + kind + "-");
        kept.toFile().deleteOnExit();
        copy(dir, kept);
        try (Stream<Path> files = Files.list(kept)) {
            files.forEach(file -> file.toFile().deleteOnExit());
        }
        MADE.put(kind + "/" + fingerprint, kept);
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null; // not a usable folder to copy: make instead
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
