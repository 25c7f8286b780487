package london.observatory.connectors.statxplore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import london.observatory.fetch.StreamingSha256;
import london.observatory.source.BoundedJson;
import london.observatory.source.ReadLimits;
import london.observatory.source.Snippet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lands a JSON body: streamed to a {@code .partial} sibling while hashing, checked to be one whole
 * JSON object, then moved onto the target. A body cut short (the server or a proxy dropped the
 * connection after the headers) therefore never sits at the target looking like a response.
 */
final class LandedJson {

    private static final JsonMapper JSON =
            BoundedJson.streamed(ReadLimits.DEFAULT).build();

    private LandedJson() {}

    static TableDownload land(InputStream body, Path target, String source) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            StreamingSha256.Digested digested = StreamingSha256.copy(body, partial);
            requireWholeObject(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new TableDownload(target, digested.bytes(), digested.sha256(), source);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Reads the tokens without building a tree: constant memory whatever the size of the table. */
    static void requireWholeObject(Path file) throws StatXploreFormatException {
        try (JsonParser parser = JSON.createParser(file)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new StatXploreFormatException("truncated or invalid JSON: "
                        + (first == null ? "the body is empty" : "expected an object, found " + first));
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new StatXploreFormatException("truncated or invalid JSON: more content after the object");
            }
        } catch (JacksonException e) {
            throw new StatXploreFormatException("truncated or invalid JSON: " + Snippet.of(e.getOriginalMessage()));
        }
    }
}
