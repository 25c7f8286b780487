package london.observatory.connectors.datastore;

import java.util.Locale;

/**
 * The resource a rule chose, with the absolute URL to GET it from and the platform's own change
 * markers, so an unchanged resource can be skipped without downloading it.
 *
 * @param datasetUrl the (masked) URL the dataset document came from
 * @param url        the resource's URL made absolute against the base
 */
public record ResolvedResource(String datasetUrl, DatastoreDataset dataset, DatastoreResource resource, String url) {

    public String checkHash() {
        return resource.checkHash();
    }

    public String checkTimestamp() {
        return resource.checkTimestamp();
    }

    /** The landed file's extension: the resource's format ({@code csv}, {@code xlsx}), else the URL's, else {@code bin}. */
    public String fileExtension() {
        String format = resource.format();
        if (format != null && format.matches("[A-Za-z0-9]{1,8}")) {
            return format.toLowerCase(Locale.ROOT);
        }
        String name = resource.filename();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return extension.matches("[A-Za-z0-9]{1,8}") ? extension.toLowerCase(Locale.ROOT) : "bin";
    }
}
