package london.observatory.jobs.read;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import london.observatory.geography.postcode.PostcodeDirectory;
import london.observatory.jobs.GeographySettings;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.search.PostcodeLookup;

/**
 * Postcode → LSOA 2021 for the read commands, from {@code observatory.geography.postcode-directory}: the directory
 * (and the geography an LSOA 2011 layout needs) is loaded on the first postcode asked, never for a command that
 * asks none.
 */
public final class ReadPostcodes implements Function<String, Optional<String>> {

    private final ObservatoryProperties properties;
    private Function<String, Optional<String>> loaded;

    private ReadPostcodes(ObservatoryProperties properties) {
        this.properties = properties;
    }

    /** The lookup, or null when no directory is set (search then notes that it cannot look postcodes up). */
    public static ReadPostcodes of(ObservatoryProperties properties) {
        return properties.geography().postcodeDirectory() == null ? null : new ReadPostcodes(properties);
    }

    public Path file() {
        return properties.geography().postcodeDirectory();
    }

    @Override
    public synchronized Optional<String> apply(String postcode) {
        if (loaded == null) {
            loaded = PostcodeLookup.of(PostcodeDirectory.load(file(), GeographySettings.load(properties.geography())));
        }
        return loaded.apply(postcode);
    }
}
