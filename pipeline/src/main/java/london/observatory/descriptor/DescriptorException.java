package london.observatory.descriptor;

/**
 * A feed descriptor, or the catalogue as a whole, is wrong: a key misspelt or missing, a value not allowed,
 * a feed id asked for that does not exist. The message is one line, starting with the file or the setting
 * to change, so an operator can act on it without reading a stack trace.
 */
public class DescriptorException extends IllegalArgumentException {

    public DescriptorException(String message) {
        super(message);
    }
}
