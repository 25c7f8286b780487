package london.observatory.connectors.statxplore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.FileUrls;

/**
 * Recorded Stat-Xplore responses standing in for the API when the base URL is a {@code file:} URL
 * (absolute, or relative to the working directory), so the nightly job runs offline. Layout:
 * <ul>
 *   <li>a file: it is the {@code POST /table} response;</li>
 *   <li>a directory: {@code table.json} is the {@code POST /table} response, {@code schema.json} the
 *       {@code GET /schema} response and {@code schema/<id>.json} that of {@code GET /schema/<id>}.</li>
 * </ul>
 * The query is not sent anywhere: the recording is the answer to it already. No API key is needed.
 * A recorded schema's ETag is its quoted SHA-256, so the conditional check behaves as online.
 */
final class RecordedResponses {

    private final Path base;

    RecordedResponses(String fileUrl) {
        this.base = FileUrls.toPath(fileUrl);
    }

    TableDownload table(Path target) {
        Path source = Files.isDirectory(base) ? base.resolve("table.json") : base;
        try (InputStream in = Files.newInputStream(source)) {
            return LandedJson.land(in, target, source.toUri().toString());
        } catch (IOException e) {
            throw new FetchException("stat-xplore: recorded /table response " + source + " " + problem(e), e);
        }
    }

    SchemaCheck schema(String schemaId, String knownEtag) {
        if (!Files.isDirectory(base)) {
            throw new FetchException("stat-xplore: " + base + " is a single recorded /table response; "
                    + "recorded schemas need a directory with schema.json");
        }
        Path source = schemaId == null
                ? base.resolve("schema.json")
                : base.resolve("schema").resolve(schemaId + ".json");
        try {
            byte[] body = Files.readAllBytes(source);
            String etag = "\"" + sha256(body) + "\"";
            return etag.equals(knownEtag)
                    ? SchemaCheck.unchanged(etag)
                    : SchemaCheck.changed(etag, new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FetchException("stat-xplore: recorded schema " + source + " " + problem(e), e);
        }
    }

    private static String problem(IOException e) {
        return e instanceof StatXploreFormatException
                ? "is " + e.getMessage()
                : "cannot be read: " + e.getClass().getSimpleName();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
