package london.observatory.geography;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import london.observatory.geography.ExactFitReader.ExactFitRow;

/**
 * Checks the population file covers every LSOA 2021 that a split or irregular LSOA 2011 is shared over.
 * Those shares are population weights; without them a value would be shared out equally or not at all, a
 * silent guess published as if measured, so a run with such a file stops before it starts.
 */
final class PopulationCoverage {

    /** The configuration property of the population file, as the message names it. */
    static final String PROPERTY = "observatory.geography.population";

    private static final int EXAMPLES = 3;

    private PopulationCoverage() {}

    /** @throws GeographyConfigurationException naming the file and how many of the needed LSOAs it lacks */
    static void check(Path file, List<ExactFitRow> exactFit, Map<String, Long> population) {
        Set<String> needed = exactFit.stream()
                .filter(row -> row.chgind() != 'U' && row.chgind() != 'M') // split (S) and irregular (X): shared
                .map(ExactFitRow::lsoa21)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(population.keySet());
        if (missing.isEmpty()) {
            return;
        }
        List<String> examples = missing.stream().limit(EXAMPLES).toList();
        throw new GeographyConfigurationException(
                PROPERTY,
                String.format(
                        Locale.UK,
                        "%s has no population for %,d of the %,d LSOA 2021 that split LSOA 2011s are shared over "
                                + "(e.g. %s%s); split LSOA 2011 shares need it",
                        file,
                        missing.size(),
                        needed.size(),
                        String.join(", ", examples),
                        missing.size() > EXAMPLES ? ", …" : ""));
    }
}
