package london.observatory.connectors.statxplore;

/**
 * The answer to a conditional {@code GET /schema[/{id}]}.
 *
 * @param changed false when the server answered 304 Not Modified to our ETag (a 304 does not count
 *                toward the hourly limit, so checking is cheap)
 * @param etag    the ETag to send next time (the known one when unchanged); null if the server gave none
 * @param body    the schema JSON when changed; null when unchanged
 */
public record SchemaCheck(boolean changed, String etag, String body) {

    static SchemaCheck unchanged(String etag) {
        return new SchemaCheck(false, etag, null);
    }

    static SchemaCheck changed(String etag, String body) {
        return new SchemaCheck(true, etag, body);
    }
}
