package london.observatory.boundaries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import london.observatory.publish.FileDigests;

/**
 * The fingerprint of what a release's boundaries are made from: the boundary file's bytes, the LSOAs of each area
 * (with its name), the tolerances and the source text. Two releases with the same fingerprint have the same
 * boundary files, so the second copies the first's. {@link #FORMAT} changes when the way they are made does.
 */
final class BoundaryInputs {

    /** Raise when the files made from the same inputs would differ (a new property, another rounding). */
    static final String FORMAT = "boundaries 2";

    private BoundaryInputs() {}

    static String fingerprint(Path file, LsoaGroups groups, Tolerances tolerances, String source) throws IOException {
        MessageDigest sha = sha256();
        text(sha, FORMAT);
        text(sha, FileDigests.sha256(file));
        text(sha, groups.describe());
        text(sha, tolerances.toString());
        text(sha, source);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Each part ends with a byte no text holds, so moving text from one part to the next changes the digest. */
    private static void text(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
