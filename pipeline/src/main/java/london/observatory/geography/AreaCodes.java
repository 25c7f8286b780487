package london.observatory.geography;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for where a source area code belongs when it is not on the spine at the level a feed gives
 * it, shared by every connector so that the same code gets the same reason whichever feed it came in.
 * In order:
 * <ol>
 *   <li>not a GSS code ({@code E}, {@code W}, {@code S}, {@code N} or {@code K} and eight digits):
 *       {@link Reconciliation#INVALID}, a bad row;</li>
 *   <li>an aggregate London is part of or is: London ({@code E12000007}), Inner and Outer London
 *       ({@code E13000001}, {@code E13000002}), England ({@code E92000001}), and the UK-level {@code K0}
 *       codes (UK, Great Britain, England and Wales): {@link Reconciliation#SET_ASIDE}, since those rows
 *       sit beside London's own rows and would count them twice;</li>
 *   <li>a code the geography knows at another level (an MSOA code in a borough feed), a London LSOA 2011
 *       of the exact-fit lookup where LSOA 2021 was expected, a London ward code of the 2002 boundaries
 *       ({@code E05000001}–{@code E05000649}, retired by the boroughs' ward reviews of 2013 to 2022), or a
 *       borough code ({@code E09}: only London has them) that the spine does not hold:
 *       {@link Reconciliation#UNKNOWN_CODE}, with a hint saying what the code is;</li>
 *   <li>any other well-formed code: {@link Reconciliation#OUTSIDE_LONDON}.</li>
 * </ol>
 * The last rule is deliberately simple: the spine, the ward lookups and the LSOA 2011 exact fit are
 * London-only, and ONS code numbers do not say which region an LSOA, MSOA or ward is in, so a code none of
 * them knows is taken to be outside London unless one of the rules above says otherwise. A London code
 * the lookups miss is therefore counted {@code outside-london}; the reconciliation's top codes show it.
 */
public final class AreaCodes {

    /** Where the older-vintage ward best fits are configured (the application's property). */
    public static final String OLDER_WARD_LOOKUPS = "observatory.geography.older-ward-lookups";

    /**
     * {@link #levelOf} for a region, nation or UK code: without a level from the source, such a row is taken
     * as a total beside the feed's own areas, never placed (a source that means regions says so).
     */
    public static final String AGGREGATE = "aggregate";

    private static final Pattern GSS = Pattern.compile("[EWSNK]\\d{8}");
    private static final Set<String> LONDON_AGGREGATES = Set.of("E12000007", "E13000001", "E13000002", "E92000001");
    private static final int FIRST_2002_WARD = 1;
    private static final int LAST_2002_WARD = 649;

    /** Why a code is not placed: a reconciliation reason and, for an unknown code, what it is (else null). */
    public record Verdict(String reason, String hint) {

        /** A malformed code is a bad row; every other verdict is counted, not quarantined. */
        public boolean badRow() {
            return Reconciliation.INVALID.equals(reason);
        }
    }

    private final Geography geography;

    public AreaCodes(Geography geography) {
        this.geography = geography;
    }

    /** True when {@code code} is shaped like a GSS code. */
    public static boolean isGss(String code) {
        return GSS.matcher(code).matches();
    }

    /**
     * The verdict on {@code code}, which the caller could not place at {@code level} (the level name the
     * descriptors use, e.g. {@code lsoa21}, {@code ward}).
     */
    public Verdict offSpine(String level, String code) {
        if (!isGss(code)) {
            return new Verdict(Reconciliation.INVALID, "'" + code + "' is not a " + level + " code");
        }
        if (LONDON_AGGREGATES.contains(code) || code.startsWith("K0")) {
            return new Verdict(Reconciliation.SET_ASIDE, null);
        }
        Area area = geography.area(code).orElse(null);
        if (area != null) {
            return unknown(code + " is a London " + area.level().code() + " code, not " + level);
        }
        if (geography.lsoa11().link(code) != null) {
            return unknown(code + " is a London LSOA 2011 code, not " + level);
        }
        if (isRetiredLondonWard(code)) {
            return unknown(code + " is a London ward of the 2002 boundaries (ward vintages 2011 to 2018): set "
                    + OLDER_WARD_LOOKUPS + " to the best fit of the feed's ward vintage (e.g. WD14CD or WD18CD)");
        }
        if (code.startsWith("E09")) {
            return unknown(code + " is a borough code the spine does not hold");
        }
        return new Verdict(Reconciliation.OUTSIDE_LONDON, null);
    }

    /**
     * The level a code names by its entity prefix, for sources that do not say (a Nomis {@code select} without
     * {@code geography_typecode}): an LSOA is 2021 when the spine has it, 2011 when the exact fit has it, and
     * otherwise 2021 (it is then outside London either way); regions, nations and the UK are {@link #AGGREGATE}.
     * Null for a prefix the observatory does not place.
     */
    public String levelOf(String code) {
        if (!isGss(code)) {
            return null;
        }
        return switch (code.substring(0, 3)) {
            case "E01", "W01" ->
                !geography.isLsoa21(code) && geography.lsoa11().link(code) != null ? "lsoa11" : "lsoa21";
            case "E02", "W02" -> "msoa21";
            case "E05", "W05" -> "ward";
            case "E06", "E07", "E08", "E09", "W06" -> "lad";
            case "E12", "E13", "E92", "W92", "S92", "N92" -> AGGREGATE;
            default -> code.startsWith("K0") ? AGGREGATE : null;
        };
    }

    private static boolean isRetiredLondonWard(String code) {
        if (!code.startsWith("E05")) {
            return false;
        }
        int number = Integer.parseInt(code, 3, 9, 10);
        return number >= FIRST_2002_WARD && number <= LAST_2002_WARD;
    }

    private static Verdict unknown(String hint) {
        return new Verdict(Reconciliation.UNKNOWN_CODE, hint);
    }
}
