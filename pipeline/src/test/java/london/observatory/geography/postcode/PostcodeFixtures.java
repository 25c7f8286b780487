package london.observatory.geography.postcode;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import london.observatory.RepoFiles;
import london.observatory.geography.Geography;

/**
 * The hand-written directories in {@code fixtures/postcodes/}. The LSOA 2021 layouts hold the same eleven
 * postcodes each: legacy NSPL (BOM, CRLF, quoted strings, one row with a blank {@code pcds}), ONSPD (bare,
 * LF), renamed (CRLF, quoted strings) and the postcode → OA 2021 lookup (bare, LF). The LSOA 2011 layouts
 * hold the same seventeen postcodes each, 7 of them terminated: a council extract of the postcode → OA 2011
 * lookup (BOM, CRLF, one row with a blank {@code PostcodeNatural}) and the ONS lookup itself (bare, LF).
 */
final class PostcodeFixtures {

    static final String LEGACY_NSPL = "nspl-legacy.csv";
    static final String LEGACY_ONSPD = "onspd-legacy.csv";
    static final String RENAMED = "nspl-renamed.csv";
    static final String POSTCODE_TO_OA21 = "pcd-oa21-lsoa21.csv";
    static final String COUNCIL_OA11 = "council-postcode-oa11.csv";
    static final String POSTCODE_TO_OA11 = "pcd-oa11-lsoa11.csv";

    /** The layouts keyed by LSOA 2021, which hold the same postcodes: every test of them runs on each. */
    static List<String> lsoa21Layouts() {
        return List.of(LEGACY_NSPL, LEGACY_ONSPD, RENAMED, POSTCODE_TO_OA21);
    }

    /**
     * The sample geography's LSOAs the fixtures use. SE10 8AA → E01990048, BR1 4BY → E01990025,
     * N1 9GU → E01990085, EC1A 1BB → E01990001, W1A 1AA → E01990151 (terminated), SW1A 1AA → E01990152;
     * pseudo: E20 9ZZ (E99999999), SE1 0AA (blank), GY1 1AA (L99999999); outside London: M1 1AE, CF10 1EP.
     */
    static final Predicate<String> SPINE =
            Set.of("E01990048", "E01990025", "E01990085", "E01990001", "E01990151", "E01990152")::contains;

    /**
     * The LSOA 2011 layouts' rows, by the sample geography's exact fit. Unchanged: EC1A 1BB (E01990001),
     * BR1 4BY (E01990025, terminated), SE10 8AA (E01990048), SW1A 1AA (E01990152, terminated). Merged:
     * W1A 1AA (E01980011) and W1A 1AB (E01980012, terminated) → E01990151, SE1 5ZW (E01980013) → E01990130.
     * Irregular but wholly in one LSOA 2021: E13 9XA (E01980022) → E01990117. Split: NW1 0ZA (OA E00990009)
     * and NW1 0ZB (terminated) in E01980001 → E01990032/33, N1 9GU (OA E00990011) in E01980002 →
     * E01990085/86/87; irregular over two: E13 9XB (E01980021, terminated) → E01990116/17. Pseudo: E20 9ZZ
     * (E99999999, terminated), SE1 0AA (blank), GY1 1AA (L99999999). Outside London: M1 1AE (terminated),
     * CF10 1EP.
     */
    static final List<String> LSOA11_LAYOUTS = List.of(COUNCIL_OA11, POSTCODE_TO_OA11);

    private static Geography sampleGeography;

    private PostcodeFixtures() {}

    static synchronized Geography geography() {
        if (sampleGeography == null) {
            sampleGeography = RepoFiles.madeUpGeography();
        }
        return sampleGeography;
    }

    /** Any layout, LSOA 2011 ones through the sample geography's exact fit. */
    static PostcodeDirectory loadWithGeography(String name) {
        return PostcodeDirectory.load(file(name), geography());
    }

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
