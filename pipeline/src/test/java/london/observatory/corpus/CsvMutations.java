package london.observatory.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutations of CSV text: its header moved, duplicated, renamed or lost, its delimiter changed, rows cut short
 * or made long, fields of the wrong type or of a million characters, other encodings. Lines are handled as
 * ISO-8859-1, which maps every byte to one character, so a line mutation keeps the other bytes as they were.
 */
final class CsvMutations {

    private static final Charset BYTES = StandardCharsets.ISO_8859_1;
    private static final List<String> WRONG_VALUES = List.of(
            "abc",
            "1e999",
            "-1",
            "NaN",
            "",
            "99999999999999999999999",
            "0x1F",
            "1,2",
            "\"",
            "   ",
            "∞",
            "null",
            "2024-13-45",
            "E0100000X",
            "\u0000");

    private CsvMutations() {}

    static List<Mutation> all() {
        return List.of(
                Mutation.fixed("delimiter-semicolon", b -> replaceAll(b, ',', ';')),
                Mutation.fixed("delimiter-tab", b -> replaceAll(b, ',', '\t')),
                Mutation.fixed("delimiter-pipe", b -> replaceAll(b, ',', '|')),
                Mutation.seeded("header-duplicated", 3, CsvMutations::headerDuplicated),
                Mutation.fixed("header-moved-down", b -> lines(b, l -> l.addAll(0, List.of("Title\r\n", "\r\n")))),
                Mutation.fixed("header-missing", b -> lines(b, l -> l.remove(0))),
                Mutation.fixed(
                        "header-only", b -> lines(b, l -> l.subList(1, l.size()).clear())),
                Mutation.fixed("header-column-duplicated", b -> header(b, (h, r) -> h[1] = h[0])),
                Mutation.seeded("header-columns-swapped", 3, (b, r) -> header(b, r, CsvMutations::swap)),
                Mutation.seeded("header-renamed", 3, (b, r) -> header(b, r, (h, x) -> h[x.nextInt(h.length)] += "_x")),
                Mutation.seeded("row-short", 3, (b, r) -> row(b, r, f -> Arrays.copyOf(f, f.length - 1))),
                Mutation.seeded("row-long", 3, (b, r) -> row(b, r, f -> Arrays.copyOf(f, f.length + 5))),
                Mutation.seeded("field-wrong-value", 10, CsvMutations::wrongValue),
                Mutation.seeded(
                        "quote-unclosed",
                        3,
                        (b, r) -> row(b, r, f -> {
                            f[0] = "\"" + f[0];
                            return f;
                        })),
                Mutation.fixed("field-over-record-bound", b -> hugeField(b, 1_100_000)),
                Mutation.fixed("field-large", b -> hugeField(b, 200_000)),
                Mutation.fixed("rows-repeated", CsvMutations::rowsRepeated),
                Mutation.fixed(
                        "cr-line-endings",
                        b -> text(b).replace("\r\n", "\r").replace('\n', '\r').getBytes(BYTES)),
                Mutation.seeded("blank-lines", 2, CsvMutations::blankLines),
                Mutation.fixed(
                        "utf16le-bom",
                        b -> ByteMutations.concat(
                                new byte[] {(byte) 0xFF, (byte) 0xFE}, recode(b, StandardCharsets.UTF_16LE))),
                Mutation.fixed("utf16le", b -> recode(b, StandardCharsets.UTF_16LE)),
                Mutation.fixed(
                        "utf16be-bom",
                        b -> ByteMutations.concat(
                                new byte[] {(byte) 0xFE, (byte) 0xFF}, recode(b, StandardCharsets.UTF_16BE))),
                Mutation.fixed(
                        "latin1-accents",
                        b -> new String(b, StandardCharsets.UTF_8)
                                .replaceFirst("\n", "\nZoë Müller,Renée,")
                                .getBytes(BYTES)),
                Mutation.fixed(
                        "utf8-bom-doubled",
                        b -> ByteMutations.concat(
                                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF
                                },
                                b)),
                Mutation.seeded(
                        "trailing-junk", 2, (b, r) -> ByteMutations.concat(b, ByteMutations.randomBytes(r, 200))));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, BYTES);
    }

    private static byte[] recode(byte[] bytes, Charset to) {
        return new String(bytes, StandardCharsets.UTF_8).getBytes(to);
    }

    private static byte[] replaceAll(byte[] bytes, char from, char to) {
        return text(bytes).replace(from, to).getBytes(BYTES);
    }

    /** The file's lines, each with its own terminator. */
    static List<String> splitLines(byte[] bytes) {
        String text = text(bytes);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    static byte[] joinLines(List<String> lines) {
        return String.join("", lines).getBytes(BYTES);
    }

    private static byte[] lines(byte[] bytes, java.util.function.Consumer<List<String>> change) {
        List<String> lines = splitLines(bytes);
        if (!lines.isEmpty()) {
            change.accept(lines);
        }
        return joinLines(lines);
    }

    private static String terminator(String line) {
        return line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : "";
    }

    private static String body(String line) {
        return line.substring(0, line.length() - terminator(line).length());
    }

    /** Splits on commas outside quotes, keeping the quotes, so a join gives the line back. */
    static String[] fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out.toArray(String[]::new);
    }

    private static byte[] header(byte[] bytes, java.util.function.BiConsumer<String[], SplittableRandom> change) {
        return header(bytes, new SplittableRandom(0), change);
    }

    private static byte[] header(
            byte[] bytes, SplittableRandom random, java.util.function.BiConsumer<String[], SplittableRandom> change) {
        List<String> lines = splitLines(bytes);
        String[] header = fields(body(lines.get(0)));
        if (header.length > 1) {
            change.accept(header, random);
        }
        lines.set(0, String.join(",", header) + terminator(lines.get(0)));
        return joinLines(lines);
    }

    private static void swap(String[] fields, SplittableRandom random) {
        int a = random.nextInt(fields.length);
        int b = random.nextInt(fields.length);
        String t = fields[a];
        fields[a] = fields[b];
        fields[b] = t;
    }

    /** A data row (not the header) changed field by field. */
    private static byte[] row(
            byte[] bytes, SplittableRandom random, java.util.function.UnaryOperator<String[]> change) {
        List<String> lines = splitLines(bytes);
        if (lines.size() < 2) {
            return bytes;
        }
        int at = 1 + random.nextInt(lines.size() - 1);
        String[] fields = change.apply(fields(body(lines.get(at))));
        lines.set(
                at,
                String.join(
                                ",",
                                Arrays.stream(fields)
                                        .map(f -> f == null ? "" : f)
                                        .toList())
                        + terminator(lines.get(at)));
        return joinLines(lines);
    }

    private static byte[] wrongValue(byte[] bytes, SplittableRandom random) {
        String value = WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size()));
        return row(bytes, random, f -> {
            f[random.nextInt(f.length)] = value;
            return f;
        });
    }

    private static byte[] headerDuplicated(byte[] bytes, SplittableRandom random) {
        List<String> lines = splitLines(bytes);
        lines.add(1 + random.nextInt(lines.size()), lines.get(0).endsWith("\n") ? lines.get(0) : lines.get(0) + "\n");
        return joinLines(lines);
    }

    private static byte[] hugeField(byte[] bytes, int length) {
        List<String> lines = splitLines(bytes);
        if (lines.size() < 2) {
            return bytes;
        }
        String[] fields = fields(body(lines.get(1)));
        fields[fields.length - 1] = "x".repeat(length);
        lines.set(1, String.join(",", fields) + terminator(lines.get(1)));
        return joinLines(lines);
    }

    /** The data rows over and over, to 5,000 rows: a long file of good-looking rows. */
    private static byte[] rowsRepeated(byte[] bytes) {
        List<String> lines = splitLines(bytes);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 0; out.size() < 5_000 && lines.size() > 1; i++) {
            String line = lines.get(1 + i % (lines.size() - 1));
            out.add(line.endsWith("\n") ? line : line + "\r\n");
        }
        return joinLines(out);
    }

    private static byte[] blankLines(byte[] bytes, SplittableRandom random) {
        List<String> lines = splitLines(bytes);
        for (int i = 0; i < 3; i++) {
            lines.add(1 + random.nextInt(lines.size()), "\r\n");
        }
        return joinLines(lines);
    }
}
