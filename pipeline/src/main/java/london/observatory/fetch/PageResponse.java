package london.observatory.fetch;

import java.time.Duration;

/**
 * What one attempt returned. {@code bytes} and {@code sha256} describe the body written to the
 * target file and are only set for a 2xx answer; {@code retryAfter} is null unless the server sent a
 * readable {@code Retry-After} (seconds, or an HTTP-date turned into the wait from now).
 */
public record PageResponse(
        int status, String etag, String lastModified, Duration retryAfter, long bytes, String sha256) {

    static PageResponse withoutBody(int status, String etag, String lastModified, Duration retryAfter) {
        return new PageResponse(status, etag, lastModified, retryAfter, 0, null);
    }

    public boolean isSuccess() {
        return status / 100 == 2;
    }

    public boolean isNotModified() {
        return status == 304;
    }
}
