package london.observatory.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of the XML parts inside a workbook (an ODS's {@code content.xml}, an XLSX's sheets and shared
 * strings): entity expansion and external entities, repeat counts in the billions, rows moved or removed, a
 * part cut, flipped, missing or padded into a ZIP bomb. The workbook stays a valid ZIP unless the mutation
 * says otherwise, so the XML reader, not the ZIP reader, meets the damage.
 */
final class XmlPartMutations {

    private static final String BILLION_LAUGHS = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";
    private static final String EXTERNAL_ENTITY = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    private XmlPartMutations() {}

    /** Mutations of one part of the workbook; {@code rowTag} is the part's row element ({@code table:table-row}, {@code row}). */
    static List<Mutation> of(String part, String shortName, String rowTag, String textOpen, String sheetStart) {
        return List.of(
                onPart(part, shortName + "-billion-laughs", x -> withDoctype(x, BILLION_LAUGHS, "&lol9;", textOpen)),
                onPart(part, shortName + "-external-entity", x -> withDoctype(x, EXTERNAL_ENTITY, "&xxe;", textOpen)),
                onPartSeeded(
                        part,
                        shortName + "-row-removed",
                        6,
                        (x, r) -> rows(x, rowTag, sheetStart, r, (rows, i) -> rows.remove(i))),
                onPartSeeded(
                        part,
                        shortName + "-rows-swapped",
                        4,
                        (x, r) -> rows(x, rowTag, sheetStart, r, (rows, i) -> {
                            int j = r.nextInt(rows.size());
                            String t = rows.get(i);
                            rows.set(i, rows.get(j));
                            rows.set(j, t);
                        })),
                onPartSeeded(
                        part,
                        shortName + "-row-duplicated",
                        3,
                        (x, r) -> rows(x, rowTag, sheetStart, r, (rows, i) -> rows.add(i, rows.get(i)))),
                onPartSeeded(part, shortName + "-truncate", 8, (x, r) -> x.substring(0, r.nextInt(x.length()))),
                onPartSeeded(
                        part,
                        shortName + "-byte-flip",
                        6,
                        (x, r) -> new String(
                                ByteMutations.flip(x.getBytes(StandardCharsets.UTF_8), r), StandardCharsets.UTF_8)),
                onPart(
                        part,
                        shortName + "-huge-text",
                        x -> x.replaceFirst(
                                Pattern.quote(textOpen), Matcher.quoteReplacement(textOpen + "y".repeat(200_000)))),
                onPart(part, shortName + "-zip-bomb", XmlPartMutations::bomb),
                new Mutation(shortName + "-missing", 1, (zip, r) -> Zips.without(zip, part)));
    }

    static Mutation onPart(String part, String name, UnaryOperator<String> change) {
        return new Mutation(
                name,
                1,
                (zip, r) -> Zips.replace(
                        zip,
                        part,
                        change.apply(new String(Zips.part(zip, part), StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8)));
    }

    static Mutation onPartSeeded(
            String part,
            String name,
            int seeds,
            java.util.function.BiFunction<String, SplittableRandom, String> change) {
        return new Mutation(
                name,
                seeds,
                (zip, r) -> Zips.replace(
                        zip,
                        part,
                        change.apply(new String(Zips.part(zip, part), StandardCharsets.UTF_8), r)
                                .getBytes(StandardCharsets.UTF_8)));
    }

    /** The DTD after the XML declaration and {@code reference} at the start of the first text. */
    private static String withDoctype(String xml, String doctype, String reference, String textOpen) {
        int declarationEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        String withDtd = xml.substring(0, declarationEnd) + doctype + xml.substring(declarationEnd);
        return withDtd.replaceFirst(Pattern.quote(textOpen), Matcher.quoteReplacement(textOpen + reference));
    }

    /** Twelve MiB of spaces before the root element closes: a part that inflates about a thousandfold. */
    private static String bomb(String xml) {
        int end = xml.lastIndexOf("</");
        return xml.substring(0, end) + " ".repeat(12 << 20) + xml.substring(end);
    }

    private static String rows(
            String xml,
            String rowTag,
            String sheetStart,
            SplittableRandom random,
            java.util.function.BiConsumer<List<String>, Integer> change) {
        Pattern row = Pattern.compile("<" + rowTag + "(\\s[^>]*)?(/>|>.*?</" + rowTag + ">)", Pattern.DOTALL);
        // only the rows of the sheet the feed reads: from its start to the end of its table
        int from = Math.max(0, xml.indexOf(sheetStart));
        int to = xml.indexOf("</table:table>", from);
        Matcher m = row.matcher(xml).region(from, to < 0 ? xml.length() : to);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.size() < 2) {
            return xml;
        }
        List<String> rows = new ArrayList<>();
        for (int[] s : spans) {
            rows.add(xml.substring(s[0], s[1]));
        }
        // the rows near the top (titles, the header) are where a moved header matters
        change.accept(rows, random.nextInt(Math.min(rows.size(), 10)));
        int start = spans.get(0)[0];
        int end = spans.get(spans.size() - 1)[1];
        // rows of one sheet sit together; what lies between them (nothing, or whitespace) is dropped
        return xml.substring(0, start) + String.join("", rows) + xml.substring(end);
    }
}
