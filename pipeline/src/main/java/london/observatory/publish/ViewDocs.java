package london.observatory.publish;

import java.util.ArrayList;
import java.util.List;
import london.observatory.table.ResourceIndex;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each analyst view means: {@code observatory/views/<view>.json} beside {@code <view>.sql}, holding
 * the view's description and one description (and, where one applies, a unit) for each of its columns, in
 * the view's column order. The views' SQL says how; these files say what, for {@code data_dictionary}.
 */
final class ViewDocs {

    // A misspelt key would silently leave a column undocumented.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** One view's description file. */
    record ViewDoc(String view, String description, List<ColumnDoc> columns) {

        ViewDoc {
            columns = List.copyOf(columns);
        }

        List<String> columnNames() {
            return columns.stream().map(ColumnDoc::name).toList();
        }
    }

    /** One column of a view: its name, what it holds, and its unit when one applies (else null). */
    record ColumnDoc(String name, String description, String unit) {}

    private ViewDocs() {}

    /** The description file of every view script listed in the index, in index order. */
    static List<ViewDoc> load(ClassLoader loader) {
        List<ViewDoc> docs = new ArrayList<>();
        for (String script : ResourceIndex.entries(loader, ViewScripts.FOLDER)) {
            String file = script.replaceFirst("\\.sql$", "") + ".json";
            String text = ResourceIndex.read(loader, ViewScripts.FOLDER + file);
            if (text == null) {
                throw new PublishException("view script " + script + " has no description file " + ViewScripts.FOLDER
                        + file + " (the view's description and one for each column)");
            }
            docs.add(parse(file, text));
        }
        return docs;
    }

    private static ViewDoc parse(String file, String text) {
        ViewDoc doc;
        try {
            doc = JSON.readValue(text, ViewDoc.class);
        } catch (JacksonException e) {
            throw new PublishException(
                    ViewScripts.FOLDER + file + " is not a view description: " + e.getOriginalMessage(), e);
        }
        if (blank(doc.view()) || blank(doc.description())) {
            throw new PublishException(ViewScripts.FOLDER + file + " needs a \"view\" and a \"description\"");
        }
        for (ColumnDoc column : doc.columns()) {
            if (blank(column.name()) || blank(column.description())) {
                throw new PublishException(
                        ViewScripts.FOLDER + file + ": every column needs a \"name\" and a \"description\"");
            }
        }
        return doc;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
