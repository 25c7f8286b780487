package london.observatory.fetch;

/**
 * HttpValidators of the last fetch whose data were committed: sent back as conditional headers and
 * compared with the next fetch's digest. {@code url} is the (masked) first-page URL, so a feed
 * pointed somewhere else is never judged unchanged against another source's validators.
 */
public record FeedState(String url, String etag, String lastModified, String sha256) {

    HttpValidators validators() {
        return new HttpValidators(etag, lastModified);
    }
}
