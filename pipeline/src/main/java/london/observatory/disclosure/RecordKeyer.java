package london.observatory.disclosure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Gives each record, as it lands, its record key: a number 0–255 that is the first byte of an HMAC-SHA256
 * of the record's identity under the operator's secret. Only the number is stored, never the identity.
 * The same identity under the same secret has the same key in every build and every run, so a cell's
 * perturbation never changes while its records do not (re-publishing cannot be averaged away); without
 * the secret, the keys look uniform and say nothing about the records.
 *
 * <p>The identity is the feed id and either the source's own reference for the record (a case number) or,
 * when it has none, every kept field of the row. Parts are length-prefixed so that no two different
 * identities encode to the same bytes ({@code "ab","c"} against {@code "a","bc"}).
 */
public final class RecordKeyer {

    private static final String ALGORITHM = "HmacSHA256";

    /** Separates these HMACs from any other use of the same secret, and names the encoding's version. */
    private static final byte[] DOMAIN = "london-observatory/record-key/v1".getBytes(StandardCharsets.UTF_8);

    private static final int NULL_FIELD = -1;

    /** Initialised once and never updated; each record's HMAC runs on a clone (no provider look-up). */
    private final Mac prototype;

    public RecordKeyer(OperatorSecret secret) {
        this.prototype = newMac(secret.hmacKey(ALGORITHM));
    }

    /** The key of the record the feed identifies by {@code reference} (its case or reference number). */
    public int keyOf(String feedId, String reference) {
        return keyOf(feedId, List.of(reference));
    }

    /** The key of a record identified by all its kept fields, in the order kept; a null field is not "". */
    public int keyOf(String feedId, List<String> identityFields) {
        Mac mac = freshMac();
        mac.update(DOMAIN);
        update(mac, feedId);
        mac.update(
                ByteBuffer.allocate(Integer.BYTES).putInt(identityFields.size()).array());
        for (String field : identityFields) {
            update(mac, field);
        }
        return mac.doFinal()[0] & 0xFF;
    }

    private static void update(Mac mac, String part) {
        ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
        if (part == null) {
            mac.update(length.putInt(NULL_FIELD).array());
            return;
        }
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        mac.update(length.putInt(bytes.length).array());
        mac.update(bytes);
    }

    private Mac freshMac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(ALGORITHM + " of this JDK cannot be cloned", e);
        }
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "RecordKeyer[" + ALGORITHM + ", secret redacted]";
    }
}
