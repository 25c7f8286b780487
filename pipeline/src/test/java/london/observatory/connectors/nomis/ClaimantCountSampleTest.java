package london.observatory.connectors.nomis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.geography.Geography;
import london.observatory.geography.RealLondonData;
import london.observatory.geography.Reconciliation;
import london.observatory.normalise.FanInAccumulator;
import london.observatory.observation.Observation;
import london.observatory.source.Quarantine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claimant-count recording in data-samples/nomis/claimant-count: what {@link ClaimantCountSampleGenerator}
 * writes, and what the nightly run publishes from it on the real London geography (the figures the README and
 * the default run's integration tests give).
 */
class ClaimantCountSampleTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 1);
    private static final LocalDate OCTOBER = LocalDate.of(2025, 10, 1);

    private static Geography london;
    private static FeedDescriptor feed;
    private static Path sample;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void load() {
        london = RealLondonData.realLondon();
        feed = Descriptors.read("observatory/feeds/nomis-claimant-count.json");
        sample = RepoFiles.dataSamples(ClaimantCountSampleGenerator.DIR);
    }

    @Test
    void committedPagesAreWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
        ClaimantCountSampleGenerator.write(RepoFiles.dataSamples(ClaimantCountSampleGenerator.EXACT_FIT), dir);

        assertThat(names(sample)).isEqualTo(names(dir)).containsExactly("offset-0.csv", "offset-5000.csv");
        for (String name : names(dir)) {
            assertThat(Files.mismatch(dir.resolve(name), sample.resolve(name)))
                    .as(name)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void everyLondonLsoa2011OncePerMonthInMultiplesOfFiveWithThreeQRows() throws IOException {
        List<String[]> rows = rows();
        Map<String, String> lsoa11 =
                ClaimantCountSampleGenerator.lsoa11(RepoFiles.dataSamples(ClaimantCountSampleGenerator.EXACT_FIT));

        assertThat(rows).hasSize(2 * 4_835);
        for (String month : ClaimantCountSampleGenerator.MONTHS) {
            assertThat(rows.stream().filter(r -> r[0].equals(month)).map(r -> r[1]))
                    .containsExactlyElementsOf(lsoa11.keySet());
        }
        assertThat(rows).allSatisfy(r -> {
            assertThat(r[2]).isEqualTo("298");
            assertThat(r[6]).isEqualTo("9670");
            if (r[4].equals("A")) {
                assertThat(Integer.parseInt(r[3]) % 5).isZero();
                assertThat(Integer.parseInt(r[3])).isBetween(0, 150);
            }
        });
        assertThat(rows)
                .filteredOn(r -> r[4].equals("Q"))
                .extracting(r -> r[0] + "|" + r[1] + "|" + r[3] + "|" + lsoa11.get(r[1]))
                .containsExactly("2025-09|E01000005||U", "2025-10|E01003968||M", "2025-10|E01003994||U");
        assertThat(rows).extracting(r -> Integer.parseInt(r[5])).isSorted();
    }

    @Test
    void onTheRealLondonSpineEveryLsoa2021GetsOneValuePerMonthAndCountsAreConserved() {
        Mapped mapped = mapSample();
        List<Observation> out = mapped.out();
        Reconciliation reconciliation = mapped.reconciliation();

        assertThat(out).hasSize(2 * 4_994);
        assertThat(out.stream().map(o -> o.areaCode() + o.periodStart()).distinct())
                .hasSize(2 * 4_994);
        // September: E01000005 is Q. October: E01000005 has a value again, E01003994 is Q, and so is E01003968,
        // one of the two parents of Southwark 015G (E01033879): its partner E01003974's 120 goes into a withheld
        // sum, so 336,745 published and 336,625 placed.
        assertThat(count(out, SEPTEMBER)).isEqualTo(4_993);
        assertThat(sum(out, SEPTEMBER)).isEqualTo(337_125.0);
        assertThat(count(out, OCTOBER)).isEqualTo(4_992);
        assertThat(sum(out, OCTOBER)).isEqualTo(336_625.0);
        // 4,659 unchanged LSOAs, 313 parts of 132 splits and 22 merges (of 44 LSOA 2011) a month
        assertThat(methodsAndFlags(out))
                .containsExactly(
                        Map.entry("direct|null", 2L * 4_659 - 2),
                        Map.entry("direct|suppressed", 2L),
                        Map.entry("lsoa11-merge|null", 2L * 22 - 1),
                        Map.entry("lsoa11-merge|suppressed", 1L),
                        Map.entry("lsoa11-split|apportioned", 2L * 313));
        assertThat(reconciliation.lines())
                .extracting(l -> l.status() + "|" + l.reason() + "|" + l.records() + "|" + l.value())
                .containsExactly(
                        "matched|null|9670|673870.0", "placed|null|9988|673750.0", "placed|withheld-in-sums|0|120.0");
        assertThat(reconciliation.recordsUnmatched()).isZero();
    }

    /** What mapping the sample gave: the observations (merges held back included) and the reconciliation. */
    private record Mapped(List<Observation> out, Reconciliation reconciliation) {}

    /** Maps the recorded pages as the feed's worker and its finish would (see FeedIngest). */
    private Mapped mapSample() {
        List<Observation> out = new ArrayList<>();
        Reconciliation reconciliation = new Reconciliation("lsoa11");
        Quarantine quarantine = new Quarantine(dataDir, feed.id(), "sample");
        FanInAccumulator fanIn = new FanInAccumulator();
        NomisObservationMapper mapper = new NomisObservationMapper(feed, london, fanIn, reconciliation, "run1");
        NomisBlockReader.Columns columns = (file, header) -> NomisColumns.positions(feed.id(), file, header);
        List<Path> pages = names(sample).stream().map(sample::resolve).toList();
        try (NomisBlockReader reader = new NomisBlockReader(feed.id(), pages, columns, 500)) {
            for (NomisBlock block = reader.next(); block != null; block = reader.next()) {
                out.addAll(mapper.map(block, quarantine));
            }
        }
        List<Observation> rest = fanIn.drainIncomplete();
        rest.forEach(o -> reconciliation.placed(o.value()));
        out.addAll(rest);
        reconciliation.withheldInSums(fanIn.withheldValue());
        quarantine.close();
        assertThat(quarantine.count()).isZero();
        return new Mapped(out, reconciliation);
    }

    private static Map<String, Long> methodsAndFlags(List<Observation> out) {
        return out.stream()
                .collect(Collectors.groupingBy(o -> o.method() + "|" + o.flag(), TreeMap::new, Collectors.counting()));
    }

    private static long count(List<Observation> out, LocalDate period) {
        return out.stream()
                .filter(o -> o.periodStart().equals(period) && o.value() != null)
                .count();
    }

    private static double sum(List<Observation> out, LocalDate period) {
        return out.stream()
                .filter(o -> o.periodStart().equals(period) && o.value() != null)
                .mapToDouble(Observation::value)
                .sum();
    }

    private static List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String name : names(sample)) {
            List<String> lines = Files.readAllLines(sample.resolve(name));
            assertThat(lines.get(0)).isEqualTo(ClaimantCountSampleGenerator.HEADER);
            lines.subList(1, lines.size()).forEach(line -> rows.add(line.split(",", -1)));
        }
        return rows;
    }

    /** The page files of a recording, in offset order. */
    private static List<String> names(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .sorted((a, b) -> Long.compare(offset(a), offset(b)))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long offset(String name) {
        return Long.parseLong(name.substring("offset-".length(), name.length() - ".csv".length()));
    }
}
