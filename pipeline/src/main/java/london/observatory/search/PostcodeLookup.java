package london.observatory.search;

import java.util.Optional;
import java.util.function.Function;
import london.observatory.geography.postcode.Placement;
import london.observatory.geography.postcode.Postcode;
import london.observatory.geography.postcode.PostcodeDirectory;

/**
 * Postcode → LSOA 2021 for search, from the postcode directory the pipeline already loads. A postcode that is
 * terminated still has its place (people search for old addresses too); one outside London, pseudo, in a split
 * LSOA 2011 or unknown has none.
 */
public final class PostcodeLookup {

    private PostcodeLookup() {}

    public static Function<String, Optional<String>> of(PostcodeDirectory directory) {
        return text -> {
            Postcode postcode = Postcode.parse(text);
            if (postcode == null) {
                return Optional.empty();
            }
            Placement placement = directory.find(postcode);
            return placement.kind() == Placement.Kind.ON_SPINE ? Optional.of(placement.lsoa21()) : Optional.empty();
        };
    }
}
