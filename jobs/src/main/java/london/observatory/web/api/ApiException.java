package london.observatory.web.api;

import org.springframework.http.HttpStatus;

/** A request the API cannot answer, with the one-line reason the caller reads in the problem's {@code detail}. */
final class ApiException extends RuntimeException {

    private final HttpStatus status;

    private ApiException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, detail);
    }

    static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, detail);
    }

    static ApiException unavailable(String detail) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, detail);
    }

    HttpStatus status() {
        return status;
    }
}
