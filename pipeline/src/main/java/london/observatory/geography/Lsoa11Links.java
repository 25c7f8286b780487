package london.observatory.geography;

import java.util.List;
import java.util.Map;
import london.observatory.geography.ExactFitReader.ExactFitRow;
import london.observatory.observation.Observation;

/** Turns the exact-fit rows of one LSOA11 into its {@link SpineLink}, checking they make sense together. */
final class Lsoa11Links {

    private Lsoa11Links() {}

    /**
     * @param rows       all exact-fit rows of one LSOA11, in file order
     * @param population Census 2021 population per LSOA21, for split weights
     */
    static SpineLink of(List<ExactFitRow> rows, Map<String, Long> population) {
        ExactFitRow first = rows.get(0);
        char chgind = first.chgind();
        String[] targets = new String[rows.size()];
        for (int i = 0; i < targets.length; i++) {
            ExactFitRow row = rows.get(i);
            if (row.chgind() != chgind) {
                throw new IllegalArgumentException(row.where() + ": LSOA11 " + row.lsoa11() + " has CHGIND "
                        + row.chgind() + " here but " + chgind + " at " + first.where());
            }
            targets[i] = row.lsoa21();
        }
        return switch (chgind) {
            case 'U' -> whole(first, targets, SpineLink.DIRECT);
            case 'M' -> whole(first, targets, SpineLink.LSOA11_MERGE);
            default -> shared(first, targets, population);
        };
    }

    /** Unchanged and merged LSOAs go to exactly one LSOA21; anything else is a broken lookup. */
    private static SpineLink whole(ExactFitRow first, String[] targets, String method) {
        if (targets.length != 1) {
            throw new IllegalArgumentException(first.where() + ": LSOA11 " + first.lsoa11() + " has CHGIND "
                    + first.chgind() + " but " + targets.length + " LSOA21 targets");
        }
        return SpineLink.whole(first.lsoa11(), targets[0], method);
    }

    /**
     * Split and irregular LSOAs share their value by each target's population. A target with no population
     * is an error (the loader has already said which file lacks which LSOAs): an equal share would be a
     * guess. Only targets that all truly have none (zero people) share equally, counted for the run log.
     */
    private static SpineLink shared(ExactFitRow first, String[] targets, Map<String, Long> population) {
        double[] weights = new double[targets.length];
        for (int i = 0; i < targets.length; i++) {
            Long people = population.get(targets[i]);
            if (people == null) {
                throw new IllegalArgumentException(first.where() + ": LSOA11 " + first.lsoa11()
                        + " is shared over LSOA21 " + targets[i] + ", which has no population");
            }
            weights[i] = people;
        }
        return SpineLink.shared(first.lsoa11(), targets, weights, SpineLink.LSOA11_SPLIT, Observation.FLAG_APPORTIONED);
    }
}
