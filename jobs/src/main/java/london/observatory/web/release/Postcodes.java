package london.observatory.web.release;

import java.util.Optional;
import java.util.function.Function;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.jobs.read.ReadPostcodes;
import org.springframework.stereotype.Component;

/**
 * Postcode → LSOA 2021 for the server, from {@code observatory.geography.postcode-directory} (loaded on the first
 * postcode asked, as for the command line). A postcode is only ever turned into its LSOA; it is never logged or
 * written.
 */
@Component
public final class Postcodes implements Function<String, Optional<String>> {

    private final ReadPostcodes directory;

    public Postcodes(ObservatoryProperties properties) {
        this.directory = ReadPostcodes.of(properties);
    }

    /** False when no directory is configured: postcodes cannot be looked up. */
    public boolean available() {
        return directory != null;
    }

    @Override
    public Optional<String> apply(String postcode) {
        return directory == null ? Optional.empty() : directory.apply(postcode);
    }
}
