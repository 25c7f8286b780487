package london.observatory.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import london.observatory.table.ResourceIndex;

/**
 * The perturbation table: for a cell's true count and cell key, the value the open release publishes.
 * It is data, versioned in {@code schemas/.../observatory/disclosure/ptable-<version>.csv} (the design is
 * in the README beside it); this class only looks values up. Counts above the largest count in the table
 * use that count's row of perturbations, as the ONS tables do, so the table stays small and every large
 * count gets the same symmetric noise.
 */
public final class PerturbationTable {

    static final String FOLDER = "observatory/disclosure/";

    private final String version;
    private final int designThreshold;
    /** perturbations[count][cellKey], for counts 0 to maxCount. */
    private final int[][] perturbations;

    PerturbationTable(String version, int designThreshold, int[][] perturbations) {
        this.version = version;
        this.designThreshold = designThreshold;
        this.perturbations = new int[perturbations.length][];
        for (int count = 0; count < perturbations.length; count++) {
            if (perturbations[count].length != KeyedCount.KEYS) {
                throw new IllegalArgumentException("count " + count + " has " + perturbations[count].length
                        + " cell keys, not " + KeyedCount.KEYS);
            }
            this.perturbations[count] = perturbations[count].clone();
            for (int key = 0; key < KeyedCount.KEYS; key++) {
                if (count + perturbations[count][key] < 0) {
                    throw new IllegalArgumentException(
                            "count " + count + " with cell key " + key + " would publish a negative value");
                }
            }
        }
    }

    /** The table {@code ptable-<version>.csv} on the class path (the schemas module). */
    public static PerturbationTable load(String version) {
        String resource = FOLDER + "ptable-" + version + ".csv";
        String text = ResourceIndex.read(PerturbationTable.class.getClassLoader(), resource);
        if (text == null) {
            throw new IllegalArgumentException(
                    "no perturbation table " + version + " on the class path (" + resource + ")");
        }
        PerturbationTable table = PerturbationTableCsv.parse(text, resource);
        if (!table.version.equals(version)) {
            throw new IllegalArgumentException(resource + " says it is version " + table.version);
        }
        return table;
    }

    /** The published value of a cell: its count plus the perturbation its cell key draws. */
    public long published(long count, int cellKey) {
        return count + perturbation(count, cellKey);
    }

    public int perturbation(long count, int cellKey) {
        KeyedCount.checkKey(cellKey);
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        return perturbations[(int) Math.min(count, maxCount())][cellKey];
    }

    /** The mean perturbation of a count over the 256 equally likely cell keys: its bias. */
    public double bias(long count) {
        long sum = 0;
        for (int key = 0; key < KeyedCount.KEYS; key++) {
            sum += perturbation(count, key);
        }
        return (double) sum / KeyedCount.KEYS;
    }

    /** The variance of a count's perturbation over the 256 equally likely cell keys. */
    public double variance(long count) {
        double mean = bias(count);
        double sum = 0;
        for (int key = 0; key < KeyedCount.KEYS; key++) {
            double d = perturbation(count, key) - mean;
            sum += d * d;
        }
        return sum / KeyedCount.KEYS;
    }

    /** The largest count with a row of its own; larger counts use its row. */
    public int maxCount() {
        return perturbations.length - 1;
    }

    /** The version a release records (e.g. {@code v1}). */
    public String version() {
        return version;
    }

    /** The threshold the table was designed for (the file's {@code # threshold:} line). */
    public int designThreshold() {
        return designThreshold;
    }

    /** The table in its file format; the committed file is exactly this text. */
    public String toCsv() {
        return PerturbationTableCsv.write(this);
    }

    /** SHA-256 of {@link #toCsv()}: what a release records beside the version, so an edited file shows. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(toCsv().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    int[] row(int count) {
        return perturbations[count].clone();
    }

    @Override
    public String toString() {
        return "perturbation table " + version + " (threshold " + designThreshold + ", counts 0-" + maxCount() + ")";
    }
}
