package london.observatory.connectors.nomis;

/** A landed page is not the Nomis CSV the paging relies on; the walk adds the feed id. */
final class NomisResponseException extends RuntimeException {

    NomisResponseException(String message) {
        super(message);
    }
}
