package london.observatory.disclosure;

import java.util.Collection;

/**
 * The LSOAs 2021 an area is made of, from the geography: an LSOA is itself, an MSOA, ward (best fit),
 * borough or London its LSOAs, a postcode the LSOA it lies in. Supplied by the caller, so that this
 * package needs no geography of its own.
 */
@FunctionalInterface
public interface AreaMembership {

    /** The LSOA 2021 codes of {@code areaCode}; throws when the area is unknown. */
    Collection<String> lsoasOf(String areaCode);
}
