package london.observatory.corpus;

import java.util.List;

/** ODS-only damage in {@code content.xml}: repeat counts in the billions and values of the wrong type. */
final class OdsMutations {

    private OdsMutations() {}

    static List<Mutation> all() {
        String a1 = "table:name=\"A1\"";
        return List.of(
                XmlPartMutations.onPart(
                        "content.xml",
                        "row-repeat-billions",
                        x -> afterSheet(
                                x,
                                a1,
                                "<table:table-row>",
                                "<table:table-row table:number-rows-repeated=\"2000000000\">")),
                XmlPartMutations.onPart(
                        "content.xml",
                        "column-repeat-billions",
                        x -> afterSheet(
                                x,
                                a1,
                                "<table:table-cell office:value-type=\"float\"",
                                "<table:table-cell table:number-columns-repeated=\"2000000000\" office:value-type=\"float\"")),
                XmlPartMutations.onPart(
                        "content.xml",
                        "spaces-repeat-billions",
                        x -> afterSheet(x, a1, "<text:p>", "<text:p><text:s text:c=\"2000000000\"/>")),
                XmlPartMutations.onPart(
                        "content.xml",
                        "repeat-negative",
                        x -> afterSheet(
                                x, a1, "<table:table-row>", "<table:table-row table:number-rows-repeated=\"-5\">")),
                XmlPartMutations.onPart(
                        "content.xml",
                        "repeat-not-a-number",
                        x -> afterSheet(
                                x,
                                a1,
                                "<table:table-cell office:value-type=\"float\"",
                                "<table:table-cell table:number-columns-repeated=\"many\" office:value-type=\"float\"")),
                XmlPartMutations.onPart(
                        "content.xml",
                        "merge-span-billions",
                        x -> afterSheet(
                                x,
                                a1,
                                "<table:table-cell office:value-type=\"string\"",
                                "<table:table-cell table:number-columns-spanned=\"2000000000\""
                                        + " table:number-rows-spanned=\"2000000000\" office:value-type=\"string\"")),
                XmlPartMutations.onPartSeeded("content.xml", "value-not-a-number", 4, (x, r) -> {
                    String[] parts = x.split("office:value=\"", -1);
                    if (parts.length < 2) {
                        return x;
                    }
                    int at = 1 + r.nextInt(parts.length - 1);
                    parts[at] = "abc" + parts[at].substring(parts[at].indexOf('"'));
                    return String.join("office:value=\"", parts);
                }),
                XmlPartMutations.onPart("content.xml", "sheet-renamed", x -> x.replace(a1, "table:name=\"A1 (old)\"")),
                new Mutation(
                        "mimetype-wrong", 1, (zip, r) -> Zips.replace(zip, "mimetype", "application/zip".getBytes())));
    }

    /** {@code from} replaced by {@code to} at its first occurrence after the start of the sheet. */
    static String afterSheet(String xml, String sheetStart, String from, String to) {
        int sheet = Math.max(0, xml.indexOf(sheetStart));
        int at = xml.indexOf(from, sheet);
        return at < 0 ? xml : xml.substring(0, at) + to + xml.substring(at + from.length());
    }
}
