package london.observatory.fetch;

/** The conditional-request validators of a previous good fetch; either may be null. */
public record Validators(String etag, String lastModified) {

    public static Validators none() {
        return new Validators(null, null);
    }
}
