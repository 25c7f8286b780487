package london.observatory.web.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import london.observatory.boundaries.BoundaryFiles;
import london.observatory.geography.AreaLevel;
import london.observatory.web.release.ServedData;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/boundaries/{level}}: the release's simplified boundaries of one level as GeoJSON, made when it was
 * published and stored gzipped; sent as they are to a client that takes gzip, unpacked for one that does not.
 */
@RestController
final class BoundaryApi {

    @GetMapping(value = "/api/boundaries/{level}", produces = BoundaryFiles.MEDIA_TYPE)
    @Operation(summary = "Simplified boundaries of lsoa21, msoa21, ward or lad, as GeoJSON (WGS84)")
    void boundaries(
            ServedData data, @PathVariable String level, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        AreaLevel lvl = Checks.mapLevel(level);
        Path file = BoundaryFiles.file(data.release().dir(), lvl);
        if (!Files.isRegularFile(file)) {
            throw ApiException.notFound("release " + data.release().id() + " has no boundaries for " + lvl.code()
                    + " (they are made when observatory.geography.lsoa21-boundaries is set)");
        }
        response.setContentType(BoundaryFiles.MEDIA_TYPE);
        String accepts = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        try (OutputStream out = response.getOutputStream()) {
            if (accepts != null && accepts.contains(BoundaryFiles.CONTENT_ENCODING)) {
                response.setHeader(HttpHeaders.CONTENT_ENCODING, BoundaryFiles.CONTENT_ENCODING);
                response.setContentLengthLong(Files.size(file));
                Files.copy(file, out);
            } else {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    in.transferTo(out);
                }
            }
        }
    }
}
