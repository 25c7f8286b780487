package london.observatory.publish;

import java.util.ArrayList;
import java.util.List;
import london.observatory.publish.DataDictionary.Entry;

/**
 * {@code docs/data-dictionary.md}: the {@link DataDictionary} as Markdown, an index of the tables and
 * views and then one section each with its columns. The file is generated, never edited: a test compares
 * the committed file with {@link #render} and says how to regenerate it.
 */
final class DataDictionaryMarkdown {

    /** Where the generated file lives, from the repository root. */
    static final String PATH = "docs/data-dictionary.md";

    /** The command that rewrites {@link #PATH}. */
    static final String REGENERATE = "./mvnw -q -pl schemas,pipeline test -Dtest=DataDictionaryDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dobservatory.regenerate-docs=true";

    private DataDictionaryMarkdown() {}

    /** The Markdown of the shipped tables and views. */
    static String generate() {
        return render(DataDictionary.generate(DataDictionaryMarkdown.class.getClassLoader()));
    }

    static String render(List<Entry> entries) {
        StringBuilder md = new StringBuilder();
        md.append("# Data dictionary\n\n")
                .append("Every table and view of the published database (`data/observatory.duckdb`) and each of\n")
                .append("their columns: type, unit where one applies, and what it holds. The database holds the same\n")
                .append("rows in its `data_dictionary` table (and as DuckDB comments). Generated from\n")
                .append("`schemas/src/main/resources/observatory/tables/*.json` and `views/*.json`; do not edit by\n")
                .append("hand, regenerate with:\n\n")
                .append("```sh\n")
                .append(REGENERATE)
                .append("\n```\n\n")
                .append("| name | kind | what it holds |\n|---|---|---|\n");
        List<Entry> objects = entries.stream().filter(e -> e.position() == 0).toList();
        for (Entry object : objects) {
            md.append("| [`")
                    .append(object.objectName())
                    .append("`](#")
                    .append(object.objectName())
                    .append(") | ")
                    .append(object.objectType())
                    .append(" | ")
                    .append(cell(firstSentence(object.description())))
                    .append(" |\n");
        }
        for (Entry object : objects) {
            md.append("\n## ")
                    .append(object.objectName())
                    .append("\n\n")
                    .append(object.objectType().equals("view") ? "View. " : "Table. ")
                    .append(cell(object.description()))
                    .append("\n\n| column | type | unit | description |\n|---|---|---|---|\n");
            for (Entry column : columnsOf(entries, object.objectName())) {
                md.append("| `")
                        .append(column.columnName())
                        .append("` | ")
                        .append(column.dataType())
                        .append(" | ")
                        .append(column.unit() == null ? "" : cell(column.unit()))
                        .append(" | ")
                        .append(cell(column.description()))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static List<Entry> columnsOf(List<Entry> entries, String object) {
        List<Entry> columns = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.objectName().equals(object) && entry.position() > 0) {
                columns.add(entry);
            }
        }
        return columns;
    }

    private static String firstSentence(String text) {
        String[] sentences = text.split("(?<=[a-z)]\\.)\\s+(?=[A-Z])", 2);
        return sentences[0];
    }

    /** Text as Markdown shows it literally, on one line: pipes, asterisks and angle brackets escaped. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("*", "\\*").replace("<", "&lt;").replace('\n', ' ');
    }
}
