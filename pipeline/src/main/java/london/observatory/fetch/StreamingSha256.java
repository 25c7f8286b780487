package london.observatory.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 computed while bytes stream to disk, so a body is never held in memory. */
public final class StreamingSha256 {

    public record Digested(long bytes, String sha256) {}

    private StreamingSha256() {}

    /**
     * Copies {@code in} to {@code target} (replacing it) and returns its size and SHA-256; the bytes are reported as
     * they land to the thread's {@link LandingProgress} listener, if any.
     */
    public static Digested copy(InputStream in, Path target) throws IOException {
        MessageDigest digest = newDigest();
        try (OutputStream out =
                new DigestOutputStream(LandingProgress.counted(Files.newOutputStream(target)), digest)) {
            long bytes = in.transferTo(out);
            return new Digested(bytes, HexFormat.of().formatHex(digest.digest()));
        }
    }

    /** SHA-256 of the files' bytes concatenated in order: {@code cat page-*.csv | sha256sum}. */
    static String ofConcatenation(List<Path> files) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
