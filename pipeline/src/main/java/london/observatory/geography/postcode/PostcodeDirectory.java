package london.observatory.geography.postcode;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
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
     * {@code ambiguousSplit} rows gave an LSOA 2011 split between several LSOA 2021; {@code unreadable} rows had no usable postcode; {@code conflicting} postcodes appear on more than one
     * row with different places (two LSOAs, or an LSOA and a pseudo code): the spine answer wins, and
     * between two spine LSOAs the live row.
     */
    public record Counts(
            long rows,
            long onSpine,
            long terminated,
            long pseudo,
            long outsideLondon,
            long ambiguousSplit,
            long unreadable,
            long conflicting) {}

    private final DirectoryGeneration generation;
    private final SpineIndex spine;
    private final long[] split;
    private final long[] pseudo;
    private final long[] elsewhere;
    private final Counts counts;

    PostcodeDirectory(
            DirectoryGeneration generation,
            SpineIndex spine,
            long[] split,
            long[] pseudo,
            long[] elsewhere,
            Counts counts) {
        this.generation = generation;
        this.spine = spine;
        this.split = split;
        this.pseudo = pseudo;
        this.elsewhere = elsewhere;
        this.counts = counts;
    }

    /**
     * Loads {@code file}, keeping in full the postcodes whose LSOA 2021 is on the spine. Without the exact
     * fit only layouts that give LSOA 2021 can be read.
     */
    public static PostcodeDirectory load(Path file, Predicate<String> isSpineLsoa21) {
        return load(file, new SpineAreas(isSpineLsoa21, null, Map.of()));
    }

    /**
     * The layout of {@code file} from its header alone, so a wrong file is found before a run starts rather
     * than when the first record-level feed loads it; an error naming the file and the columns looked for.
     */
    public static DirectoryGeneration layoutOf(Path file) {
        return PostcodeDirectoryReader.layout(file);
    }

    /** Loads any layout: LSOA 2011 codes go through the geography's exact fit. */
    public static PostcodeDirectory load(Path file, Geography geography) {
        return load(file, geography, Map.of());
    }

    /**
     * As {@link #load(Path, Geography)}, with an OA 2011 → LSOA 2021 lookup that places postcodes of split
     * LSOA 2011s by their output area; without one they are {@link Placement.Kind#AMBIGUOUS_SPLIT}.
     */
    public static PostcodeDirectory load(Path file, Geography geography, Map<String, String> oa11ToLsoa21) {
        return load(file, new SpineAreas(geography::isLsoa21, geography.lsoa11(), oa11ToLsoa21));
    }

    private static PostcodeDirectory load(Path file, SpineAreas areas) {
        DirectoryBuilder builder = new DirectoryBuilder(areas);
        DirectoryGeneration generation = PostcodeDirectoryReader.read(file, builder::add);
        return builder.build(generation);
    }

    /** Where the directory puts {@code postcode}; never null. */
    public Placement find(Postcode postcode) {
        long key = postcode.packed();
        Placement placement = spine.find(key);
        if (placement != null) {
            return placement;
        }
        if (Arrays.binarySearch(split, key) >= 0) {
            return Placement.AMBIGUOUS_SPLIT;
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
