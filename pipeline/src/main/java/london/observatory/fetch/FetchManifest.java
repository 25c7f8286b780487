package london.observatory.fetch;

import java.util.List;

/**
 * {@code manifest.json} of one landing folder: what was asked, what came back, and the digests that
 * let any published number be traced to the bytes it came from. {@code sha256} covers all page
 * files concatenated in order ({@code cat page-*.csv | sha256sum}); {@code error} is set only for
 * a FAILED fetch.
 */
public record FetchManifest(
        String feedId,
        String fetchedAt,
        FetchOutcome outcome,
        List<PageRecord> requests,
        String sha256,
        long totalBytes,
        String error) {

    public FetchManifest {
        requests = List.copyOf(requests);
    }
}
