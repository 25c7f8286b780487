package london.observatory.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sidecar {@code <name>.datapackage.json}: a Frictionless Data Package (tabular) describing the extract file
 * as its one resource, with every field described, the sources with their licences and URLs, the file's size and
 * SHA-256, and the observatory's own section ({@code observatory}: release, runs, sample, disclosure rules, the
 * request). Written with Jackson, in a fixed key order and with {@code \n} line ends, so it is byte-identical
 * whenever the extract is.
 */
final class DataPackage {

    static final String SUFFIX = ".datapackage.json";

    private DataPackage() {}

    /** {@code dir/camden.csv} → {@code dir/camden.datapackage.json}. */
    static Path beside(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SUFFIX);
    }

    static void write(Path target, ExtractMetadata metadata, String fileName, long rows, long bytes, String sha256)
            throws IOException {
        ObjectNode root = MetadataJson.NODES.objectNode();
        root.put("profile", "tabular-data-package");
        root.put("name", "london-observatory-extract");
        root.put("title", metadata.title());
        root.put("description", description(metadata));
        root.put("version", metadata.releaseId());
        if (metadata.builtAt() != null) {
            root.put("created", metadata.builtAt()); // when the data were built, not when this file was written
        }
        root.set("licenses", MetadataJson.licences(metadata));
        root.set("sources", MetadataJson.sources(metadata));
        root.putArray("resources").add(resource(metadata.request().format(), fileName, rows, bytes, sha256));
        root.set("observatory", MetadataJson.observatory(metadata));
        Files.write(target, (MetadataJson.PRETTY.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode resource(ExtractFormat format, String fileName, long rows, long bytes, String sha256) {
        ObjectNode resource = MetadataJson.NODES.objectNode();
        resource.put("name", "extract");
        resource.put("path", fileName);
        resource.put("profile", "tabular-data-resource");
        resource.put("format", format.extension());
        resource.put("mediatype", format.mediaType());
        if (format == ExtractFormat.CSV) {
            resource.put("encoding", "utf-8-sig"); // UTF-8 with a byte order mark, for Excel
            resource.putObject("dialect")
                    .put("delimiter", ",")
                    .put("lineTerminator", "\r\n")
                    .put("quoteChar", "\"")
                    .put("header", true);
        } else if (format == ExtractFormat.XLSX) {
            resource.putObject("dialect").put("sheet", XlsxSink.DATA_SHEET).put("headerRows", XlsxSink.HEADER_ROW + 1);
        }
        resource.put("bytes", bytes);
        resource.put("hash", "sha256:" + sha256);
        resource.put("rows", rows);
        ObjectNode schema = resource.putObject("schema");
        schema.set("fields", MetadataJson.fields());
        schema.putArray("missingValues").add("");
        return resource;
    }

    private static String description(ExtractMetadata metadata) {
        ValidRequest request = metadata.request();
        return String.format(
                Locale.ROOT,
                "%,d indicator%s for %,d area%s%s, from release %s of the London Social Evidence Observatory.%s",
                request.indicators().size(),
                request.indicators().size() == 1 ? "" : "s",
                request.areas().size(),
                request.areas().size() == 1 ? "" : "s",
                request.total() ? " with a total row for the areas taken together" : "",
                metadata.releaseId(),
                metadata.sample() ? " " + metadata.sampleNote() : "");
    }
}
