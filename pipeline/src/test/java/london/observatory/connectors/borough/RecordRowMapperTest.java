package london.observatory.connectors.borough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.geography.Reconciliation;
import london.observatory.geography.point.BritishNationalGrid;
import london.observatory.geography.point.PointLocator;
import london.observatory.geography.postcode.PostcodeDirectory;
import london.observatory.geography.postcode.PostcodeResolver;
import london.observatory.mapping.SourceRowMapper;
import london.observatory.normalise.RecordCounts;
import london.observatory.observation.Observation;
import london.observatory.source.SourceRow;
import org.junit.jupiter.api.Test;

/** Landed record rows counted per LSOA 2021 and month, every record accounted for. */
class RecordRowMapperTest {

    private static final LocalDate JANUARY = LocalDate.of(2024, 1, 1);
    private static final LocalDate FEBRUARY = LocalDate.of(2024, 2, 1);

    private final Reconciliation reconciliation = Reconciliation.withoutCodes("postcode");
    private final List<SourceRow> bad = new ArrayList<>();

    @Test
    void recordsPlacedByPostcodeAreCountedPerLsoaAndMonthAndTheRestAreReconciledWithoutTheirPostcodes() {
        FeedDescriptor feed = descriptor("""
                {"postcode": ["Post Code"], "date": ["Date"]}""", "");
        PostcodeResolver postcodes = new PostcodeResolver(PostcodeDirectory.load(
                RepoFiles.madeUpLondon("geography/nspl_sample.csv"), RepoFiles.madeUpGeography()));
        RecordCounts counts = RecordCounts.placedBy(feed.records().placeBy());
        RecordRowMapper mapper = new RecordRowMapper(
                        feed, RecordLocator.of(feed.records().placeBy(), postcodes, null), counts, reconciliation)
                .bind(List.of("source_line", "record_key", "postcode", "date"));

        map(
                mapper,
                row(2, "EC2V 1PG", "05/01/2024"),
                row(3, "ec2v1pg", "2024-01-31"),
                row(4, "EC2V  1PG", "01/02/2024"),
                row(5, "EC2V 2DJ", "14/02/2024"),
                row(7, "W1A 0AX", "14/02/2024"),
                row(8, "M1 1AE", "14/02/2024"),
                row(9, "E15 9ZZ", "14/02/2024"),
                row(10, "NW1 0ZZ", "14/02/2024"),
                row(11, "", "14/02/2024"),
                row(12, "EC2V 1PG", "30/02/2024"),
                row(13, "EC2V 1PG", ""),
                new SourceRow("page-00000.csv", 114, List.of("14"), "cut short: 1 of the header's 3 fields"));

        assertThat(bad).extracting(mapper::sourceLine).containsExactly(12L, 13L, 14L);
        assertThat(counts.observations("applications", "month", "run", reconciliation))
                .extracting(
                        Observation::areaCode,
                        Observation::periodStart,
                        Observation::value,
                        Observation::method,
                        Observation::periodType)
                .containsExactly(
                        tuple("E01990001", JANUARY, 2.0, "postcode", "month"),
                        tuple("E01990001", FEBRUARY, 1.0, "postcode", "month"),
                        tuple("E01990002", FEBRUARY, 1.0, "postcode", "month"),
                        tuple("E01990151", FEBRUARY, 1.0, "postcode", "month"));
        assertThat(reconciliation.recordsIn()).isEqualTo(9);
        assertThat(reconciliation.recordsMatched()).isEqualTo(5);
        assertThat(reconciliation.noted(PostcodeResolver.TERMINATED_POSTCODE)).isEqualTo(1);
        assertThat(List.of(
                        Reconciliation.OUTSIDE_LONDON,
                        Reconciliation.PSEUDO_CODE,
                        Reconciliation.UNKNOWN_CODE,
                        Reconciliation.INVALID))
                .allSatisfy(
                        reason -> assertThat(reconciliation.unmatched(reason)).isEqualTo(1));
        assertThat(reconciliation.valueOut()).isEqualTo(5.0);
        // The report says how many and why, never whose: no postcode of an unplaced record is kept.
        assertThat(reconciliation.lines())
                .allSatisfy(line -> assertThat(line.topCodes()).isEmpty());
    }

    @Test
    void recordsPlacedByGridReferenceOrLatitudeAndLongitudeLandInTheirBoundary() throws URISyntaxException {
        PointLocator points = PointLocator.load(Path.of(
                getClass().getResource("/fixtures/boundaries/squares.geojson").toURI()));
        BritishNationalGrid.EastingNorthing east = new BritishNationalGrid().toGrid(51.55, -0.05);

        FeedDescriptor grid = descriptor("""
                {"easting": ["X"], "northing": ["Y"], "date": ["Date"]}""", "");
        RecordCounts gridCounts = RecordCounts.placedBy(grid.records().placeBy());
        RecordRowMapper byGrid = new RecordRowMapper(
                        grid, RecordLocator.of(grid.records().placeBy(), null, points), gridCounts, reconciliation)
                .bind(List.of("source_line", "record_key", "easting", "northing", "date"));
        map(
                byGrid,
                row(2, String.valueOf(east.easting()), String.valueOf(east.northing()), "05/01/2024"),
                row(3, "not a number", "180000", "05/01/2024"));

        FeedDescriptor latLon = descriptor("""
                {"latitude": ["Lat"], "longitude": ["Long"], "date": ["Date"]}""", "");
        RecordCounts latLonCounts = RecordCounts.placedBy(latLon.records().placeBy());
        RecordRowMapper byLatLon = new RecordRowMapper(
                        latLon,
                        RecordLocator.of(latLon.records().placeBy(), null, points),
                        latLonCounts,
                        reconciliation)
                .bind(List.of("source_line", "record_key", "latitude", "longitude", "date"));
        map(byLatLon, row(2, "51.52", "-0.18", "05/01/2024"), row(3, "48.85", "2.35", "05/01/2024"));

        assertThat(gridCounts.observations("x", "month", "run", reconciliation))
                .extracting(Observation::areaCode, Observation::value, Observation::method)
                .containsExactly(tuple("E01000001", 1.0, "point"));
        assertThat(latLonCounts.observations("y", "month", "run", reconciliation))
                .extracting(Observation::areaCode, Observation::value, Observation::method)
                .containsExactly(tuple("E01000002", 1.0, "point"));
        assertThat(reconciliation.unmatched(Reconciliation.INVALID)).isEqualTo(1);
        assertThat(reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON)).isEqualTo(1);
    }

    @Test
    void recordsOutsideTheWhereRuleAreSetAsideAndCounted() {
        FeedDescriptor feed = descriptor("""
                {"postcode": ["Post Code"], "date": ["Date"], "stage": ["Recovery Stage"]}""", """
                , "where": {"stage": ["Liability order", "Enforcement agent"]}""");
        PostcodeResolver postcodes = new PostcodeResolver(PostcodeDirectory.load(
                RepoFiles.madeUpLondon("geography/nspl_sample.csv"), RepoFiles.madeUpGeography()));
        RecordCounts counts = RecordCounts.placedBy(feed.records().placeBy());
        RecordRowMapper mapper = new RecordRowMapper(
                        feed, RecordLocator.of(feed.records().placeBy(), postcodes, null), counts, reconciliation)
                .bind(List.of("source_line", "record_key", "postcode", "date", "stage"));

        map(
                mapper,
                row(2, "EC2V 1PG", "05/01/2024", "Liability order"),
                row(3, "EC2V 1PG", "05/01/2024", "Reminder"),
                row(4, "EC2V 1PG", "05/01/2024", "Enforcement agent"));

        assertThat(counts.observations("x", "month", "run", reconciliation))
                .extracting(Observation::value)
                .containsExactly(2.0);
        assertThat(reconciliation.unmatched(SourceRowMapper.SET_ASIDE)).isEqualTo(1);
    }

    private void map(RecordRowMapper mapper, SourceRow... rows) {
        for (SourceRow row : rows) {
            if (mapper.map(row, new ArrayList<>()) != null) {
                bad.add(row);
            }
        }
    }

    private static SourceRow row(long sourceLine, String... cells) {
        List<String> all = new ArrayList<>();
        all.add(String.valueOf(sourceLine));
        all.add(String.valueOf(sourceLine % 256)); // the record's key
        all.addAll(List.of(cells));
        return new SourceRow("page-00000.csv", sourceLine + 100, all);
    }

    private static FeedDescriptor descriptor(String columns, String where) {
        return Descriptors.parse("""
                {"id": "borough-test", "title": "t", "format": "borough-records",
                 "source": {"family": "borough", "publisher": "p", "url": "file:x"},
                 "maxBadRowShare": 0.1, "licence": "l", "cadence": "monthly", "nativeGeography": "postcode",
                 "indicators": [{"id": "x", "title": "x", "theme": "housing", "description": "d", "unit": "u",
                                 "measureType": "count", "keywords": []}],
                 "records": {"columns": %s %s}}""".formatted(columns, where));
    }
}
