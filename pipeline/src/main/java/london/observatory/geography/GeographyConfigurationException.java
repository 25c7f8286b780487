package london.observatory.geography;

/**
 * A spine input that cannot serve the run as configured (a population file missing LSOAs the LSOA 2011
 * shares need): a configuration error, not a bug or a bad row, so the application can stop with a
 * configuration exit status. The message is one line starting with the property to fix.
 */
public final class GeographyConfigurationException extends IllegalArgumentException {

    private final String property;

    public GeographyConfigurationException(String property, String problem) {
        super(property + ": " + problem);
        this.property = property;
    }

    /** The configuration property naming the file at fault ({@code observatory.geography.population}). */
    public String property() {
        return property;
    }
}
