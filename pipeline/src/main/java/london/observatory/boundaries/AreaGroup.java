package london.observatory.boundaries;

import java.util.List;

/**
 * An area of a published level and the LSOAs its outline is dissolved from. {@code coverage} names the set of
 * areas it tiles London with: areas of one coverage never overlap, so they are simplified together, keeping their
 * shared edges shared. Every level is one coverage, except that wards of an older vintage (when the spine has
 * them) overlap the current ones and form a coverage of their own.
 */
record AreaGroup(String code, String name, String coverage, List<String> lsoas) {

    AreaGroup {
        lsoas = List.copyOf(lsoas);
        if (lsoas.isEmpty()) {
            throw new IllegalArgumentException("area " + code + " has no LSOA to draw it from");
        }
    }
}
