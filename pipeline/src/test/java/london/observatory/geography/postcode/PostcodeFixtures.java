package london.observatory.geography.postcode;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The hand-written directories in {@code fixtures/postcodes/}: the same eleven postcodes in each column
 * generation. Legacy NSPL: BOM, CRLF, quoted strings, one row with a blank {@code pcds}. ONSPD: bare, LF.
 * Renamed: CRLF, quoted strings.
 */
final class PostcodeFixtures {

    static final String LEGACY_NSPL = "nspl-legacy.csv";
    static final String LEGACY_ONSPD = "onspd-legacy.csv";
    static final String RENAMED = "nspl-renamed.csv";

    /**
     * The sample geography's LSOAs the fixtures use. SE10 8AA → E01990048, BR1 4BY → E01990025,
     * N1 9GU → E01990085, EC1A 1BB → E01990001, W1A 1AA → E01990151 (terminated), SW1A 1AA → E01990152;
     * pseudo: E20 9ZZ (E99999999), SE1 0AA (blank), GY1 1AA (L99999999); outside London: M1 1AE, CF10 1EP.
     */
    static final Predicate<String> SPINE =
            Set.of("E01990048", "E01990025", "E01990085", "E01990001", "E01990151", "E01990152")::contains;

    private PostcodeFixtures() {}

    static Path file(String name) {
        try {
            return Path.of(PostcodeFixtures.class
                    .getResource("/fixtures/postcodes/" + name)
                    .toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("fixture missing: " + name, e);
        }
    }

    static PostcodeDirectory load(String name) {
        return PostcodeDirectory.load(file(name), SPINE);
    }
}
