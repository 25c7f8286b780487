package london.observatory.corpus;

import java.util.List;

/**
 * A ZIP archive that should hold one CSV entry: zip-slip names, the entry missing, nested or a directory, and
 * a ZIP bomb (an entry inflating about a thousandfold past the ratio bound's grace).
 */
final class ZipMutations {

    private ZipMutations() {}

    static List<Mutation> all(String entry, byte[] csv) {
        return List.of(
                zip("zip-slip-parent", new Zips.Entry("../../evil.csv", csv), new Zips.Entry(entry, csv)),
                zip("zip-slip-entry-name", new Zips.Entry("../" + entry, csv)),
                zip("zip-slip-absolute", new Zips.Entry("/tmp/evil.csv", csv), new Zips.Entry(entry, csv)),
                zip("zip-slip-backslash", new Zips.Entry("..\\..\\" + entry, csv)),
                zip("zip-slip-nested-dots", new Zips.Entry("data/../../" + entry, csv)),
                zip("entry-missing", new Zips.Entry("other.csv", csv)),
                zip("entry-in-folder", new Zips.Entry("data/" + entry, csv)),
                zip("entry-is-directory", new Zips.Entry(entry + "/", new byte[0])),
                zip("entry-empty", new Zips.Entry(entry, new byte[0])),
                zip("nested-zip", new Zips.Entry(entry, Zips.of(List.of(new Zips.Entry(entry, csv))))),
                Mutation.fixed("empty-zip", b -> Zips.of(List.of())),
                Mutation.fixed("zip-bomb", b -> Zips.of(List.of(new Zips.Entry(entry, bomb(csv))))));
    }

    private static Mutation zip(String name, Zips.Entry... entries) {
        return Mutation.fixed(name, b -> Zips.of(List.of(entries)));
    }

    /** The CSV's header and then 12 MiB of one repeated row: a real-looking entry that inflates ~1,000 times. */
    static byte[] bomb(byte[] csv) {
        List<String> lines = CsvMutations.splitLines(csv);
        String row = lines.get(1);
        StringBuilder out = new StringBuilder(lines.get(0));
        while (out.length() < (12 << 20)) {
            out.append(row);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
