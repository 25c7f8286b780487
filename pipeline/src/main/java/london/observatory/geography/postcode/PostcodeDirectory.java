package london.observatory.geography.postcode;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Predicate;
import london.observatory.geography.Geography;

/**
 * An ONS postcode directory in memory, sized for the whole UK: full entries only for postcodes on the
 * spine, sorted packed keys (8 bytes each) for the rest, so that a 2.7M-row NSPL needs about 22 MB and a
 * postcode outside London is reported as such rather than as unknown. Immutable after loading and
 * safely published through final fields, so reader threads may share it.
 */
public final class PostcodeDirectory {

    /**
     * What was loaded: data rows read, and how they were kept. {@code onSpine} includes {@code terminated};
     * {@code unreadable} rows had no usable postcode; {@code conflicting} postcodes appear on more than one
     * row with different places (two LSOAs, or an LSOA and a pseudo code): the spine answer wins, and
     * between two spine LSOAs the live row.
     */
    public record Counts(
            long rows,
            long onSpine,
            long terminated,
            long pseudo,
            long outsideLondon,
            long unreadable,
            long conflicting) {}

    private final DirectoryGeneration generation;
    private final SpineIndex spine;
    private final long[] pseudo;
    private final long[] elsewhere;
    private final Counts counts;

    PostcodeDirectory(
            DirectoryGeneration generation, SpineIndex spine, long[] pseudo, long[] elsewhere, Counts counts) {
        this.generation = generation;
        this.spine = spine;
        this.pseudo = pseudo;
        this.elsewhere = elsewhere;
        this.counts = counts;
    }

    /** Loads {@code file}, keeping in full the postcodes whose LSOA 2021 is on the spine. */
    public static PostcodeDirectory load(Path file, Predicate<String> isSpineLsoa21) {
        DirectoryBuilder builder = new DirectoryBuilder(isSpineLsoa21);
        DirectoryGeneration generation = PostcodeDirectoryReader.read(file, builder::add);
        return builder.build(generation);
    }

    public static PostcodeDirectory load(Path file, Geography geography) {
        return load(file, geography::isLsoa21);
    }

    /** Where the directory puts {@code postcode}; never null. */
    public Placement find(Postcode postcode) {
        long key = postcode.packed();
        Placement placement = spine.find(key);
        if (placement != null) {
            return placement;
        }
        if (Arrays.binarySearch(pseudo, key) >= 0) {
            return Placement.PSEUDO;
        }
        return Arrays.binarySearch(elsewhere, key) >= 0 ? Placement.OUTSIDE_LONDON : Placement.UNKNOWN;
    }

    public DirectoryGeneration generation() {
        return generation;
    }

    public Counts counts() {
        return counts;
    }
}
