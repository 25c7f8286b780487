package london.observatory.feeds.fingertips;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which rows of a Fingertips export make the feed's headline series: one indicator, at the chosen
 * area types (GP practices for 848; MSOAs or Counties & UAs for 21001), optionally one sex and one
 * age band. The inequality breakdowns (a filled {@code Category Type}) are never headline rows.
 *
 * <p>An area type matches its {@code Area Type} text ignoring case, either exactly or followed by a
 * vintage in brackets: {@code Counties & UAs} matches {@code Counties & UAs (from Apr 2023)}, so the
 * descriptor survives the provider's next boundary vintage.
 *
 * @param indicatorId the {@code Indicator ID} kept; null keeps every indicator in the file
 * @param areaTypes   the {@code Area Type} values kept (at least one)
 * @param sex         the {@code Sex} kept ({@code Persons}); null keeps all
 * @param age         the {@code Age} kept ({@code 18+ yrs}); null keeps all
 */
public record FingertipsSelection(String indicatorId, Set<String> areaTypes, String sex, String age) {

    public FingertipsSelection {
        if (areaTypes == null || areaTypes.isEmpty()) {
            throw new IllegalArgumentException("a Fingertips selection needs at least one area type");
        }
        areaTypes = areaTypes.stream().map(type -> type.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** One indicator at the given area types, any sex and age. */
    public static FingertipsSelection of(String indicatorId, String... areaTypes) {
        return new FingertipsSelection(indicatorId, Set.of(areaTypes), null, null);
    }

    public FingertipsSelection withSex(String keptSex) {
        return new FingertipsSelection(indicatorId, areaTypes, keptSex, age);
    }

    public FingertipsSelection withAge(String keptAge) {
        return new FingertipsSelection(indicatorId, areaTypes, sex, keptAge);
    }

    boolean indicatorMatches(String id) {
        return indicatorId == null || indicatorId.equals(id.strip());
    }

    boolean areaTypeMatches(String areaType) {
        String type = areaType.strip().toLowerCase(Locale.ROOT);
        if (areaTypes.contains(type)) {
            return true;
        }
        int bracket = type.indexOf(" (");
        return bracket > 0 && type.endsWith(")") && areaTypes.contains(type.substring(0, bracket));
    }

    boolean breakdownMatches(String rowSex, String rowAge) {
        return (sex == null || sex.equalsIgnoreCase(rowSex.strip())) && (age == null || age.equalsIgnoreCase(rowAge.strip()));
    }
}
