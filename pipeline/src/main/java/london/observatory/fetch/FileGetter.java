package london.observatory.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reads a {@code file:} URL as if it were a GET answering 200: the offline defaults and recorded
 * responses go through the same landing and manifest as live sources. A file has no ETag; its
 * modification time stands in for Last-Modified. Conditional headers are ignored: an unchanged
 * file is caught by its unchanged SHA-256.
 */
final class FileGetter implements PageGetter {

    @Override
    public PageResponse get(URI uri, HttpValidators conditional, Path target) throws IOException {
        Path source = FileUrls.toPath(uri.toString());
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Files.getLastModifiedTime(source).toInstant().atOffset(ZoneOffset.UTC));
        try (InputStream in = Files.newInputStream(source)) {
            StreamingSha256.Digested body = StreamingSha256.copy(in, target);
            return new PageResponse(200, null, lastModified, null, body.bytes(), body.sha256());
        }
    }
}
