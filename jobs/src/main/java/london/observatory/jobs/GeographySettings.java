package london.observatory.jobs;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import london.observatory.geography.Geography;
import london.observatory.geography.GeographyFiles;
import london.observatory.geography.GeographyLoader;
import london.observatory.jobs.failure.ConfigurationException;

/**
 * Loads the geography at start-up so that a file it cannot use is reported with the property that names
 * it: the loader's own messages name only the file.
 */
public final class GeographySettings {

    private static final String PREFIX = "observatory.geography.";

    private GeographySettings() {}

    public static Geography load(ObservatoryProperties.GeographyProperties g) {
        Map<String, Path> files = files(g);
        for (String required : List.of("lsoa21-lookup", "lsoa11-lookup", "ward-lookup", "population")) {
            if (!files.containsKey(PREFIX + required)) {
                throw new ConfigurationException(
                        PREFIX + required + ": not set; set it to the file's path (the default is the real London"
                                + " file in data-samples/london)",
                        null);
            }
        }
        files.forEach((property, file) -> {
            if (!Files.isRegularFile(file)) {
                throw new ConfigurationException(
                        property + ": no file at " + file.toAbsolutePath().normalize()
                                + "; set it to the file's path (a relative path is read from the directory the"
                                + " command runs in)",
                        null);
            }
        });
        try {
            return GeographyLoader.load(new GeographyFiles(
                    g.lsoa21Lookup(),
                    g.lsoa11Lookup(),
                    g.wardLookup(),
                    g.population(),
                    g.populationCodeColumn(),
                    g.populationValueColumn(),
                    g.olderWardLookups()));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            String property = files.entrySet().stream()
                    .filter(f -> String.valueOf(e.getMessage())
                            .startsWith(f.getValue().toString()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(PREFIX + "*");
            throw new ConfigurationException(
                    property + ": " + e.getMessage() + "; check that " + property + " names the right file", e);
        }
    }

    /** The files loaded at start-up, by the property that names them. */
    private static Map<String, Path> files(ObservatoryProperties.GeographyProperties g) {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put(PREFIX + "lsoa21-lookup", g.lsoa21Lookup());
        files.put(PREFIX + "lsoa11-lookup", g.lsoa11Lookup());
        files.put(PREFIX + "ward-lookup", g.wardLookup());
        files.put(PREFIX + "population", g.population());
        List<Path> older = g.olderWardLookups();
        for (int i = 0; i < older.size(); i++) {
            files.put(PREFIX + "older-ward-lookups[" + i + "]", older.get(i));
        }
        files.values().removeIf(Objects::isNull);
        return files;
    }
}
