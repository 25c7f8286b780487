package london.observatory.fetch;

/**
 * One request of a fetch as the manifest records it. {@code url} is masked; {@code file} is the
 * page file's name in the landing folder, null when no body was kept (304).
 */
public record PageRecord(
        String url,
        int status,
        int attempts,
        String sha256,
        long bytes,
        String etag,
        String lastModified,
        String file) {}
