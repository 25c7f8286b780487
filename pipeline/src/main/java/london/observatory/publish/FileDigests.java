package london.observatory.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of an input file, read once per process while the file keeps its size and modification time. A
 * release's fingerprints hash large reference files (the LSOA boundaries are 7.8 MB) that rarely change, and one
 * process may publish many times (a server running the nightly job, the tests).
 */
public final class FileDigests {

    private record Version(Path file, long size, FileTime modified) {}

    private static final Map<Version, String> KNOWN = new ConcurrentHashMap<>();

    private FileDigests() {}

    /** The file's SHA-256 in lower-case hex. */
    public static String sha256(Path file) throws IOException {
        Path real = file.toRealPath();
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
        Version version = new Version(real, attributes.size(), attributes.lastModifiedTime());
        String known = KNOWN.get(version);
        if (known != null) {
            return known;
        }
        String digest = read(real);
        KNOWN.keySet().removeIf(v -> v.file().equals(real)); // an older version of the file is never asked again
        KNOWN.put(version, digest);
        return digest;
    }

    private static String read(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
