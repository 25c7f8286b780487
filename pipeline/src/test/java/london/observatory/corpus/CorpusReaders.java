package london.observatory.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import london.observatory.connectors.RealLondonServices;
import london.observatory.connectors.SourceFormats;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.LandedFeed;
import london.observatory.fetch.Lander;
import london.observatory.fetch.SingleFileLander;
import london.observatory.geography.Geography;
import london.observatory.geography.RealLondonData;
import london.observatory.geography.point.GeoJsonBoundaries;
import london.observatory.geography.postcode.PostcodeDirectory;
import london.observatory.ingest.FeedIngest;
import london.observatory.ingest.IngestWorker;
import london.observatory.ingest.SourceFormat;
import london.observatory.parquet.ObservationStore;

/**
 * Reads a corpus input with the reader the nightly job uses for its format: a feed's file is landed by the
 * feed's lander, its headers checked and its rows ingested by the feed's {@link SourceFormat} (every block
 * mapped, bad rows quarantined, the ingest finished); a reference file goes through its loader. Returns
 * how many rows were quarantined; a file the reader will not take throws, as it does in a run.
 */
final class CorpusReaders {

    private static final Instant FIRST_FETCH = Instant.parse("2024-03-05T02:00:00Z");
    private static final DateTimeFormatter RUN_ID =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    /** The feed whose descriptor reads each base. */
    private static final Map<String, String> FEEDS = Map.ofEntries(
            Map.entry("2024-01.csv", "camden-housing-register"),
            Map.entry("hackney-temporary-accommodation.csv", "hackney-temporary-accommodation"),
            Map.entry("southwark-council-tax-arrears.csv", "southwark-council-tax-arrears"),
            Map.entry("census2021-ts001-lsoa.csv", "nomis-census-ts001"),
            Map.entry("census2021-ts066-lsoa.csv", "nomis-census-ts066"),
            Map.entry("census2021-ts001.zip", "nomis-census-ts001"),
            Map.entry("offset-0.csv", "nomis-claimant-count"),
            Map.entry("848-gp-practice.csv", "fingertips-depression-prevalence-gp"),
            Map.entry("21001-counties-uas.csv", "fingertips-self-harm-admissions"),
            Map.entry("homelessness-a1-borough-2024.csv", "datastore-homelessness-assessments"),
            Map.entry("uc-conditionality-lsoa.json", "statxplore-uc-conditionality"),
            Map.entry("Detailed_LA_202403.ods", "mhclg-hclic-initial-assessments"),
            Map.entry(
                    "Individual_insolvencies_by_location_age_and_gender_2023.xlsx", "insolvency-service-by-location"));

    private final Path dataDir;
    private final Geography london;
    private final SourceFormats formats;
    private final Lander oneFile;
    private int fetches;

    CorpusReaders(Path dataDir) {
        this.dataDir = dataDir;
        this.london = RealLondonData.realLondon();
        Fetcher fetcher = Fetcher.standard(dataDir, Clock.systemUTC());
        this.oneFile = new SingleFileLander(fetcher);
        this.formats = SourceFormats.standard(RealLondonServices.of(dataDir, fetcher, london));
    }

    /** The feed that reads {@code input}, or null for a reference file. */
    static String feedOf(CorpusInput input) {
        return input.format() == CorpusFormat.FEED_DESCRIPTOR
                ? input.base().replace(".json", "")
                : FEEDS.get(input.base());
    }

    /** Rows quarantined reading {@code file} as {@code input}'s format; throws as the reader does. */
    long read(CorpusInput input, Path file) throws IOException {
        return switch (input.format()) {
            case GEOJSON_BOUNDARIES -> {
                GeoJsonBoundaries.read(file);
                yield 0;
            }
            case POSTCODE_DIRECTORY -> {
                PostcodeDirectory.load(file, london);
                yield 0;
            }
            case FEED_DESCRIPTOR -> {
                Descriptors.read(file);
                yield 0;
            }
            default -> ingest(FEEDS.get(input.base()), file);
        };
    }

    /** What the nightly job does with one feed's file up to staging: land, check headers, ingest, finish. */
    private long ingest(String feedId, Path file) throws IOException {
        FeedDescriptor feed = Descriptors.read(FeedCatalog.FOLDER + feedId + ".json")
                .withUrl(file.toUri().toString());
        SourceFormat format = formats.of(feed);
        // the Datastore lander resolves a dataset through the platform's API first; its resource file is then
        // one file, read by the format's own reader as here
        Lander lander = feed.format().equals("datastore-csv") ? oneFile : format.lander();
        Instant fetchedAt = FIRST_FETCH.plusSeconds(++fetches);
        LandedFeed landed = lander.land(feed, fetchedAt);
        format.checkHeaders(feed, landed.pages());
        FeedIngest ingest =
                FeedIngest.open(feed, RUN_ID.format(fetchedAt), landed, dataDir, new ObservationStore(dataDir));
        try (IngestWorker<?> worker = format.worker(feed, ingest, landed.pages(), 1000)) {
            drain(worker, ingest);
        }
        ingest.finish();
        return ingest.rowsQuarantined();
    }

    private static <B> void drain(IngestWorker<B> worker, FeedIngest ingest) {
        for (B block = worker.next(); block != null; block = worker.next()) {
            ingest.written(worker.map(block).size());
        }
    }

    /** Writes the input where a reader will find it under its own name, in a folder of its own. */
    static Path write(Path dir, int index, CorpusInput input) {
        try {
            Path folder = Files.createDirectories(dir.resolve("in-" + index));
            return Files.write(folder.resolve(input.fileName()), input.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
