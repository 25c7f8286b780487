package london.observatory.fetch;

/** The conditional-request validators of a previous good fetch; either may be null. */
public record HttpValidators(String etag, String lastModified) {

    public static HttpValidators none() {
        return new HttpValidators(null, null);
    }
}
