package london.observatory.geography;

import java.util.List;
import java.util.Map;

import london.observatory.geography.ExactFitReader.ExactFitRow;

/** Turns the exact-fit rows of one LSOA11 into its {@link Lsoa11Link}, checking they make sense together. */
final class Lsoa11Links {

    private Lsoa11Links() {
    }

    /**
     * @param rows       all exact-fit rows of one LSOA11, in file order
     * @param population Census 2021 population per LSOA21, for split weights
     */
    static Lsoa11Link of(List<ExactFitRow> rows, Map<String, Long> population) {
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
            case 'U' -> whole(first, targets, Lsoa11Link.DIRECT);
            case 'M' -> whole(first, targets, Lsoa11Link.MERGE);
            default -> shared(first, targets, population);
        };
    }

    /** Unchanged and merged LSOAs go to exactly one LSOA21; anything else is a broken lookup. */
    private static Lsoa11Link whole(ExactFitRow first, String[] targets, String method) {
        if (targets.length != 1) {
            throw new IllegalArgumentException(first.where() + ": LSOA11 " + first.lsoa11() + " has CHGIND "
                    + first.chgind() + " but " + targets.length + " LSOA21 targets");
        }
        return new Lsoa11Link(first.lsoa11(), first.chgind(), targets, new double[] {1.0}, method, false);
    }

    /** Split and irregular LSOAs share their value by each target's population; equal shares if none is known. */
    private static Lsoa11Link shared(ExactFitRow first, String[] targets, Map<String, Long> population) {
        double[] weights = new double[targets.length];
        double sum = 0;
        for (int i = 0; i < targets.length; i++) {
            Long people = population.get(targets[i]);
            weights[i] = people == null ? 0 : people;
            sum += weights[i];
        }
        boolean equalShares = sum == 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = equalShares ? 1.0 / weights.length : weights[i] / sum;
        }
        return new Lsoa11Link(first.lsoa11(), first.chgind(), targets, weights, Lsoa11Link.SPLIT, equalShares);
    }
}
