package london.observatory.geography.postcode;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;
import london.observatory.geography.Crosswalk;
import london.observatory.geography.SpineLink;

/**
 * Where a directory row's LSOA lies on the spine. An LSOA 2021 is on it or not. An LSOA 2011 goes through
 * the exact fit: one LSOA 2021 target (unchanged, merged, or an irregular one wholly inside one) places
 * the postcode there; several targets (split or irregular) leave it {@link #AMBIGUOUS_SPLIT}, since
 * sharing one postcode by population would invent a fraction of a record, unless an OA 2011 → LSOA 2021
 * lookup names the part it lies in. The geography has no such lookup yet (only OA 2021), so in a run every
 * split stays ambiguous; the map is the hook for one.
 */
final class SpineAreas {

    /** Not a code: the answer for a postcode in an LSOA 2011 split between several LSOA 2021. */
    static final String AMBIGUOUS_SPLIT = "(ambiguous split)";

    private final Predicate<String> isLsoa21;
    private final Crosswalk exactFit;
    private final Map<String, String> oa11ToLsoa21;

    /**
     * @param exactFit the LSOA 2011 → 2021 exact fit, or null when only LSOA 2021 layouts can be read
     * @param oa11ToLsoa21 OA 2011 → LSOA 2021, empty when there is none
     */
    SpineAreas(Predicate<String> isLsoa21, Crosswalk exactFit, Map<String, String> oa11ToLsoa21) {
        this.isLsoa21 = isLsoa21;
        this.exactFit = exactFit;
        this.oa11ToLsoa21 = Map.copyOf(oa11ToLsoa21);
    }

    /** The LSOA 2021 on the spine, {@link #AMBIGUOUS_SPLIT}, or null when the area is not in London. */
    String lsoa21(DirectoryEntry entry) {
        if (!entry.lsoa2011()) {
            return isLsoa21.test(entry.lsoa()) ? entry.lsoa() : null;
        }
        if (exactFit == null) {
            throw new IllegalStateException(
                    "postcode " + entry.postcode() + " has an LSOA 2011 code only (" + entry.lsoa()
                            + "): reading this directory needs the LSOA 2011 → 2021 exact fit; load it with the geography");
        }
        SpineLink link = exactFit.link(entry.lsoa());
        if (link == null || link.offSpine()) {
            return null; // the exact fit is kept for London only: an LSOA 2011 it does not know is elsewhere
        }
        if (link.size() == 1) {
            return onSpine(link.target(0));
        }
        String part = entry.oa11() == null ? null : oa11ToLsoa21.get(entry.oa11());
        boolean settled = part != null && Arrays.asList(link.targets()).contains(part) && isLsoa21.test(part);
        return settled ? part : AMBIGUOUS_SPLIT;
    }

    private String onSpine(String lsoa21) {
        return isLsoa21.test(lsoa21) ? lsoa21 : null;
    }
}
