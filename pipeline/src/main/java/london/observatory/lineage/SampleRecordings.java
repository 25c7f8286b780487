package london.observatory.lineage;

import java.nio.file.Path;
import london.observatory.fetch.FileUrls;

/**
 * Which sources are the repository's sample recordings: files under its {@code data-samples/} folder. Their
 * values are synthetic (on real codes), so every run that read one is marked {@code sample} and nothing
 * built from it may pass for a fact about a real place.
 */
public final class SampleRecordings {

    private final Path folder;

    public SampleRecordings(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** True for a {@code file:} URL inside the samples folder. */
    public boolean isSample(String url) {
        if (url == null || !FileUrls.isFile(url)) {
            return false;
        }
        try {
            return FileUrls.toPath(url).toAbsolutePath().normalize().startsWith(folder);
        } catch (IllegalArgumentException e) {
            return false; // not a file URL that names a path: not one of ours
        }
    }
}
