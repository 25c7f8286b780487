package london.observatory.lineage;

import java.nio.file.Path;
import london.observatory.fetch.FileUrls;

/**
 * Which sources are the repository's sample recordings: files under its {@code data-samples/} folder. Their
 * values are synthetic (on real codes), so every run that read one is marked {@code sample} and nothing
 * built from it may pass for a fact about a real place.
 *
 * <p>The one exception is {@code data-samples/london/}: it holds real open data, byte-for-byte copies of
 * published files with their provenance recorded beside them (the real geography, the ONS population
 * estimates, the Indices of Deprivation). A feed that reads one of those reads the publisher's figures,
 * not a recording made up to look like them, so its run is not a sample.
 */
public final class SampleRecordings {

    /** The sub-folder of the samples folder that holds real open data rather than recordings. */
    public static final String REAL_DATA = "london";

    private final Path folder;
    private final Path realData;

    public SampleRecordings(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.realData = this.folder.resolve(REAL_DATA);
    }

    /** True for a {@code file:} URL inside the samples folder but not inside its real-data folder. */
    public boolean isSample(String url) {
        if (url == null || !FileUrls.isFile(url)) {
            return false;
        }
        try {
            Path path = FileUrls.toPath(url).toAbsolutePath().normalize();
            return path.startsWith(folder) && !path.startsWith(realData);
        } catch (IllegalArgumentException e) {
            return false; // not a file URL that names a path: not one of ours
        }
    }
}
