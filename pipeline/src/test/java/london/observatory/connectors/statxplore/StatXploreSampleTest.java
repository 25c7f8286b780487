package london.observatory.connectors.statxplore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.descriptor.IndicatorDefinition;
import london.observatory.geography.Area;
import london.observatory.geography.AreaLevel;
import london.observatory.geography.Geography;
import london.observatory.geography.RealLondonData;
import london.observatory.mapping.MappedTable;
import london.observatory.source.SourceRow;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline sample in data-samples/statxplore and the feed descriptor that points at it: they
 * agree with each other, with the real London geography and with the generator.
 */
class StatXploreSampleTest {

    private static final String DESCRIPTOR = "observatory/feeds/statxplore-uc-conditionality.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path sample;
    private static List<SourceRow> rows;
    private static List<String> header;

    @BeforeAll
    static void read() throws IOException {
        sample = RepoFiles.dataSamples("statxplore/" + StatXploreSampleGenerator.FILE);
        rows = new ArrayList<>();
        try (StatXploreCube cube = StatXploreCube.open(sample)) {
            header = cube.header();
            for (SourceRow row; (row = cube.next()) != null; ) {
                rows.add(row);
            }
        }
    }

    @Test
    void oneCellPerLondonLsoaMonthAndRegime() {
        Geography geography = RealLondonData.realLondon();
        Set<String> spine =
                geography.areas(AreaLevel.LSOA21).stream().map(Area::code).collect(Collectors.toSet());

        assertThat(rows).hasSize(4_994 * 2 * 2);
        // as a set: AssertJ's containsOnlyElementsOf compares each of the 19,976 cells with each LSOA (4 s)
        assertThat(rows.stream().map(row -> row.cell(1)).collect(Collectors.toSet()))
                .isEqualTo(spine);
        assertThat(rows).extracting(row -> row.cell(3)).containsOnly("202509", "202510");
        assertThat(rows).extracting(row -> row.cell(5)).containsOnly("AA", "BC");
    }

    @Test
    void exactlyTheTwoDocumentedCellsAreNull() {
        assertThat(rows)
                .filteredOn(row -> row.cell(6).isEmpty())
                .extracting(row -> row.cell(1) + "/" + row.cell(3) + "/" + row.cell(5))
                .containsExactlyInAnyOrderElementsOf(StatXploreSampleGenerator.NULL_CELLS);
    }

    @Test
    void mappedOntoRealLondonEveryCellIsOneObservationAndTheNullsAreWithheld() throws IOException {
        FeedDescriptor feed = Descriptors.read(DESCRIPTOR);
        Geography london = RealLondonData.realLondon();
        MappedTable mapped;
        try (StatXploreCube cube = StatXploreCube.open(sample)) {
            mapped = MappedTable.of(feed, london, Map.of(), cube);
        }

        assertThat(mapped.bad).isEmpty();
        Map<String, DoubleSummaryStatistics> groups = mapped.observations.stream()
                .collect(Collectors.groupingBy(
                        o -> o.indicatorId() + "|" + o.periodPartition() + "|" + o.method() + "|" + o.flag(),
                        TreeMap::new,
                        Collectors.summarizingDouble(o -> o.value() == null ? 0 : o.value())));
        assertThat(groups.entrySet())
                .extracting(e -> e.getKey() + "|" + e.getValue().getCount() + "|"
                        + (long) e.getValue().getSum())
                .containsExactly(
                        "uc-no-work-requirements|2025-09|direct|null|4993|471000",
                        "uc-no-work-requirements|2025-09|direct|suppressed|1|0",
                        "uc-no-work-requirements|2025-10|direct|null|4994|475805",
                        "uc-searching-for-work|2025-09|direct|null|4994|396749",
                        "uc-searching-for-work|2025-10|direct|null|4993|396661",
                        "uc-searching-for-work|2025-10|direct|suppressed|1|0");
        assertThat(mapped.reconciliation.lines())
                .extracting(l -> l.status() + "|" + l.reason() + "|" + l.records() + "|" + l.value())
                .containsExactly("matched|null|19976|1740215.0", "placed|null|19976|1740215.0");
    }

    @Test
    void descriptorBodyIsTheQueryTheSampleAnswers() throws IOException {
        StatXploreQuery query = StatXploreQuery.fromDescriptor(DESCRIPTOR);

        assertThat(JSON.readTree(query.body()))
                .isEqualTo(JSON.readTree(Files.readString(sample)).get("query"));
        assertThat(query.apiKeyEnv()).isEqualTo("STATXPLORE_API_KEY");
    }

    @Test
    void descriptorLoadsAndListsTheCubeColumns() {
        FeedDescriptor feed = Descriptors.read(DESCRIPTOR);

        assertThat(feed.format()).isEqualTo("statxplore-table");
        assertThat(feed.source().family()).isEqualTo("statxplore");
        assertThat(feed.source().url()).isEqualTo("file:data-samples/statxplore/" + StatXploreSampleGenerator.FILE);
        assertThat(feed.nativeGeography()).isEqualTo("lsoa21");
        assertThat(feed.cadence()).isEqualTo("monthly");
        assertThat(feed.licence()).isEqualTo("Open Government Licence v3.0");
        assertThat(feed.columns()).isEqualTo(header);
        assertThat(feed.indicators())
                .extracting(IndicatorDefinition::id, IndicatorDefinition::theme, IndicatorDefinition::measureType)
                .containsExactly(
                        Tuple.tuple("uc-searching-for-work", "jobs", "count"),
                        Tuple.tuple("uc-no-work-requirements", "jobs", "count"));
    }

    @Test
    void clientLandsTheSampleOfflineFromTheDescriptorsUrl(@TempDir Path dir) throws IOException {
        String url = Descriptors.read(DESCRIPTOR).source().url();
        // The descriptor's URL is relative to the repository root, where the nightly job runs.
        String fromRoot = RepoFiles.root()
                .resolve(url.substring("file:".length()))
                .toUri()
                .toString();
        StatXploreClient client = new StatXploreClient(
                StatXploreSettings.defaults().withBaseUrl(fromRoot), name -> null, duration -> {}, Clock.systemUTC());

        TableDownload landed =
                client.fetchTable(StatXploreQuery.fromDescriptor(DESCRIPTOR).body(), dir.resolve("t.json"));

        assertThat(Files.mismatch(landed.file(), sample)).isEqualTo(-1L);
    }

    @Test
    void committedSampleMatchesItsGeneratorAndStaysSmall(@TempDir Path dir) throws IOException {
        Path regenerated = dir.resolve(StatXploreSampleGenerator.FILE);
        StatXploreSampleGenerator.write(sample.resolveSibling(StatXploreSampleGenerator.LOOKUP), regenerated);

        assertThat(Files.mismatch(regenerated, sample)).isEqualTo(-1L);
        // 4,994 LSOAs, each in the query, the item labels and the values: about 300 bytes an LSOA
        assertThat(Files.size(sample)).isLessThan(1_600_000L);
    }
}
