package london.observatory.corpus;

import java.util.List;

/** XLSX-only damage: shared-string indexes past the table, impossible cell references, parts gone. */
final class XlsxMutations {

    private static final String SHEET = "xl/worksheets/sheet5.xml";

    private XlsxMutations() {}

    static List<Mutation> all() {
        return List.of(
                XmlPartMutations.onPartSeeded(
                        SHEET,
                        "shared-string-index-out-of-range",
                        4,
                        (x, r) -> nth(x, "t=\"s\" s=\"0\"><v>", r.nextInt(40), v -> String.valueOf(100_000 + v))),
                XmlPartMutations.onPartSeeded(
                        SHEET,
                        "shared-string-index-negative",
                        2,
                        (x, r) -> nth(x, "t=\"s\" s=\"0\"><v>", r.nextInt(40), v -> "-" + (1 + v))),
                XmlPartMutations.onPartSeeded(
                        SHEET,
                        "cell-reference-impossible",
                        3,
                        (x, r) -> nth(x, "<c r=\"", r.nextInt(60), v -> "ZZZZ99999999")),
                XmlPartMutations.onPartSeeded(
                        SHEET, "row-number-huge", 2, (x, r) -> nth(x, "<row r=\"", r.nextInt(10), v -> "2000000000")),
                XmlPartMutations.onPartSeeded(
                        SHEET,
                        "number-not-a-number",
                        3,
                        (x, r) -> nth(x, "t=\"n\" s=\"1\"><v>", r.nextInt(60), v -> "abc")),
                XmlPartMutations.onPart(
                        SHEET,
                        "dimension-whole-sheet",
                        x -> x.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:XFD1048576\"/>")),
                XmlPartMutations.onPart(
                        "xl/sharedStrings.xml",
                        "header-renamed",
                        x -> x.replace("<t>Area code</t>", "<t>Area kode</t>")),
                XmlPartMutations.onPart(
                        "xl/workbook.xml", "sheet-renamed", x -> x.replace("name=\"Table_2\"", "name=\"Table 2\"")),
                XmlPartMutations.onPart(
                        "xl/workbook.xml",
                        "workbook-billion-laughs-free-doctype",
                        x -> x.replaceFirst("\\?>", "?><!DOCTYPE workbook [<!ENTITY a \"b\">]>")),
                new Mutation("content-types-missing", 1, (zip, r) -> Zips.without(zip, "[Content_Types].xml")),
                new Mutation("workbook-missing", 1, (zip, r) -> Zips.without(zip, "xl/workbook.xml")),
                new Mutation("relationships-missing", 1, (zip, r) -> Zips.without(zip, "xl/_rels/workbook.xml.rels")));
    }

    /**
     * The {@code n}th value after {@code marker} (up to the next {@code "} or {@code <}) replaced by what
     * {@code change} makes of {@code n}; the text as it was when there are fewer.
     */
    private static String nth(String xml, String marker, int n, java.util.function.IntFunction<String> change) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = xml.indexOf(marker, at + 1);
            if (at < 0) {
                return xml;
            }
        }
        int start = at + marker.length();
        int end = start;
        while (end < xml.length() && xml.charAt(end) != '"' && xml.charAt(end) != '<') {
            end++;
        }
        return xml.substring(0, start) + change.apply(n) + xml.substring(end);
    }
}
