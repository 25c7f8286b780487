package london.observatory.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The corpus figures the issue asks for, per format and in all, as a Markdown table. */
final class CorpusFigures {

    private CorpusFigures() {}

    static String table(List<Outcome> outcomes) {
        Map<CorpusFormat, List<Outcome>> byFormat = new TreeMap<>();
        for (Outcome o : outcomes) {
            byFormat.computeIfAbsent(o.input().format(), f -> new ArrayList<>()).add(o);
        }
        StringBuilder out = new StringBuilder(
                "| format | inputs | clean | clear errors | with quarantined rows (rows) | crashes | longest input | peak heap |\n"
                        + "|---|--:|--:|--:|--:|--:|--:|--:|\n");
        byFormat.forEach((format, list) -> out.append(row(format.id(), list)));
        out.append(row("**all**", outcomes));
        return out.toString();
    }

    /** The table and every input's outcome (one per line: name, outcome, rows quarantined, ms, why) under {@code dir}. */
    static void write(Path dir, String table, List<Outcome> outcomes) {
        List<String> lines = new ArrayList<>();
        for (Outcome o : outcomes) {
            lines.add(String.join(
                    "\t",
                    o.input().name(),
                    o.kind().name(),
                    String.valueOf(o.quarantined()),
                    String.valueOf(o.nanos() / 1_000_000),
                    o.why() == null ? "" : o.why().replaceAll("\\p{Cntrl}", " ")));
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("figures.md"), table);
            Files.write(dir.resolve("outcomes.tsv"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String row(String name, List<Outcome> list) {
        Outcome slowest =
                list.stream().max((a, b) -> Long.compare(a.nanos(), b.nanos())).orElseThrow();
        return String.format(
                Locale.ROOT,
                "| %s | %,d | %,d | %,d | %,d (%,d) | %,d | %,d ms | %,d MB |%n",
                name,
                list.size(),
                count(list, o -> o.kind() == Outcome.Kind.CLEAN),
                count(list, o -> o.kind() == Outcome.Kind.CLEAR_ERROR),
                count(list, o -> o.kind() == Outcome.Kind.QUARANTINED),
                list.stream().mapToLong(Outcome::quarantined).sum(),
                count(list, o -> o.kind() == Outcome.Kind.CRASH),
                slowest.nanos() / 1_000_000,
                list.stream().mapToLong(Outcome::peakHeap).max().orElse(0) >> 20);
    }

    private static long count(List<Outcome> list, Predicate<Outcome> p) {
        return list.stream().filter(p).count();
    }
}
