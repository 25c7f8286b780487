package london.observatory.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;

/**
 * The operator's secret under which record keys are computed. Whoever holds it can recompute every
 * record's key and so every cell key, which would let them undo the perturbation of a cell whose records
 * they know; it therefore lives only in the operator's environment, is never written, and this class
 * never shows it: no accessor, and {@link #toString()} says only that it is redacted.
 */
public final class OperatorSecret {

    /** Shorter secrets can be guessed; HMAC-SHA256 itself would accept anything. */
    public static final int MINIMUM_BYTES = 16;

    private final byte[] bytes;

    private OperatorSecret(byte[] bytes) {
        if (bytes.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException(
                    "an operator secret needs at least " + MINIMUM_BYTES + " bytes; this one has " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    public static OperatorSecret ofBytes(byte[] bytes) {
        return new OperatorSecret(bytes);
    }

    /** A secret given as text (an environment variable, say), taken as its UTF-8 bytes. */
    public static OperatorSecret ofText(String text) {
        return new OperatorSecret(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The HMAC key; package-private so that only the record keyer ever sees the bytes. */
    SecretKeySpec hmacKey(String algorithm) {
        byte[] copy = bytes.clone();
        try {
            return new SecretKeySpec(copy, algorithm);
        } finally {
            Arrays.fill(copy, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "OperatorSecret[redacted]";
    }
}
