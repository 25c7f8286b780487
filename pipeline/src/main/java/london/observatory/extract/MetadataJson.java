package london.observatory.extract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The extract's metadata as JSON, shared by the Data Package sidecar and the Parquet footer. Objects are built
 * key by key, so the text is the same on every run (no map iteration order, no clock).
 */
final class MetadataJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final DefaultIndenter LF = new DefaultIndenter("  ", "\n"); // not the platform's line end
    static final ObjectWriter PRETTY = JsonMapper.shared()
            .writer()
            .with(new DefaultPrettyPrinter(
                            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(LF)
                    .withArrayIndenter(LF));
    static final ObjectWriter COMPACT = JsonMapper.shared().writer();

    /** Licences the publishers name, with their Open Definition id and text, where known. */
    private static final Map<String, String[]> KNOWN_LICENCES = Map.of(
            "Open Government Licence v3.0",
            new String[] {"OGL-UK-3.0", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"});

    private MetadataJson() {}

    /** The observatory's own section: release, runs, sample, disclosure rules and the request. */
    static ObjectNode observatory(ExtractMetadata metadata) {
        ObjectNode node = NODES.objectNode();
        node.put("release", metadata.releaseId());
        node.put("databaseBuiltAt", metadata.builtAt());
        node.put("sample", metadata.sample());
        if (metadata.sampleNote() != null) {
            node.put("sampleNote", metadata.sampleNote());
        }
        ArrayNode runs = node.putArray("runs");
        for (ExtractMetadata.RunInfo run : metadata.runs()) {
            ObjectNode r = runs.addObject();
            r.put("feed", run.feed());
            r.put("runId", run.runId());
            r.put("sample", run.sample());
            r.put("finishedAt", run.finishedAt());
            r.put("sourceUrl", run.sourceUrl());
        }
        ArrayNode rules = node.putArray("disclosureRules");
        for (DisclosureRule rule : metadata.disclosureRules()) {
            rules.addObject().put("id", rule.id()).put("description", rule.description());
        }
        node.set("request", request(metadata.request()));
        node.set("indicators", indicators(metadata.request().indicators()));
        return node;
    }

    private static ObjectNode request(ValidRequest request) {
        ObjectNode node = NODES.objectNode();
        strings(node.putArray("areas"), request.areaCodes());
        strings(node.putArray("themes"), request.themes());
        strings(node.putArray("indicators"), request.indicatorIds());
        node.put("from", request.periods().from());
        node.put("to", request.periods().to());
        node.put("total", request.total());
        node.put("format", request.format().extension());
        return node;
    }

    private static ArrayNode indicators(List<IndicatorInfo> indicators) {
        ArrayNode array = NODES.arrayNode();
        for (IndicatorInfo i : indicators) {
            ObjectNode node = array.addObject();
            node.put("id", i.id());
            node.put("title", i.title());
            node.put("theme", i.theme());
            node.put("description", i.description());
            node.put("unit", i.unit());
            node.put("measureType", i.measureType());
            node.put("publisher", i.publisher());
            node.put("nextRelease", i.nextRelease());
        }
        return array;
    }

    /** Frictionless {@code sources}: each publisher's page and the licence its data is under. */
    static ArrayNode sources(ExtractMetadata metadata) {
        ArrayNode array = NODES.arrayNode();
        for (ExtractMetadata.Source source : metadata.sources()) {
            ObjectNode node = array.addObject();
            node.put("title", source.publisher());
            node.put("path", source.url());
            node.putArray("licenses").add(licence(source.licence()));
        }
        return array;
    }

    /** Frictionless {@code licenses}: every licence of the extract's sources. */
    static ArrayNode licences(ExtractMetadata metadata) {
        ArrayNode array = NODES.arrayNode();
        metadata.licences().forEach(l -> array.add(licence(l)));
        return array;
    }

    private static ObjectNode licence(String title) {
        ObjectNode node = NODES.objectNode();
        String[] known = KNOWN_LICENCES.get(title);
        if (known != null) {
            node.put("name", known[0]);
            node.put("path", known[1]);
        }
        node.put("title", title);
        return node;
    }

    /** Frictionless {@code schema.fields}: every column with its type and description. */
    static ArrayNode fields() {
        ArrayNode array = NODES.arrayNode();
        for (ExtractColumns.Column column : ExtractColumns.ALL) {
            array.addObject()
                    .put("name", column.name())
                    .put("type", column.type())
                    .put("description", column.description());
        }
        return array;
    }

    /**
     * The Parquet footer's key-value pairs: the observatory's section, sources and fields as JSON, and the release
     * and sample flag on their own for a quick look ({@code parquet meta}, DuckDB's {@code parquet_kv_metadata}).
     */
    static Map<String, String> parquetFooter(ExtractMetadata metadata) {
        Map<String, String> footer = new TreeMap<>();
        footer.put("observatory.release", metadata.releaseId());
        footer.put("observatory.sample", String.valueOf(metadata.sample()));
        footer.put("observatory.extract", COMPACT.writeValueAsString(observatory(metadata)));
        footer.put("observatory.sources", COMPACT.writeValueAsString(sources(metadata)));
        footer.put("observatory.fields", COMPACT.writeValueAsString(fields()));
        return footer;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
