package london.observatory.connectors.statxplore;

import java.nio.file.Path;

/**
 * A {@code /table} response landed on disk, complete and well-formed JSON.
 *
 * @param file   where it landed (the caller's target)
 * @param bytes  its size
 * @param sha256 hex SHA-256 of its bytes, computed while streaming
 * @param source where it came from: the masked {@code POST} URL, or the recorded file's URL
 */
public record TableDownload(Path file, long bytes, String sha256, String source) {}
