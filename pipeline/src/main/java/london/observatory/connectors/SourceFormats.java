package london.observatory.connectors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import london.observatory.connectors.borough.BoroughRecordsFormat;
import london.observatory.connectors.datastore.DatastoreLander;
import london.observatory.connectors.fingertips.FingertipsCsv;
import london.observatory.connectors.hclic.HclicA1Table;
import london.observatory.connectors.insolvency.InsolvencyTable;
import london.observatory.connectors.nomis.NomisApiFormat;
import london.observatory.connectors.statxplore.StatXploreCube;
import london.observatory.connectors.statxplore.StatXploreLander;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.Lander;
import london.observatory.fetch.SingleFileLander;
import london.observatory.fetch.Sleeper;
import london.observatory.ingest.SourceFormat;
import london.observatory.ingest.TableFormat;
import london.observatory.source.CsvSourceTable;
import london.observatory.source.SourceTable;
import london.observatory.source.ZipEntries;

/**
 * Every source format the observatory reads, registered in one place: a new format is one class (or one
 * opener) and one line in {@link #standard}. The nightly job asks {@link #of} for a feed's format.
 */
public final class SourceFormats {

    private final Map<String, SourceFormat> formats = new TreeMap<>();

    private SourceFormats(List<SourceFormat> all) {
        for (SourceFormat format : all) {
            if (formats.put(format.name(), format) != null) {
                throw new IllegalArgumentException("format " + format.name() + " is registered twice");
            }
        }
    }

    public static SourceFormats standard(ConnectorServices s) {
        Lander oneFile = new SingleFileLander(s.fetcher());
        return new SourceFormats(List.of(
                new NomisApiFormat(s.fetcher(), s.geography()),
                table(s, "nomis-bulk-csv", oneFile, SourceFormats::csv),
                table(s, "csv", oneFile, SourceFormats::csv),
                table(
                        s,
                        "fingertips-csv",
                        oneFile,
                        (feed, file) -> FingertipsCsv.open(feed.id(), file, feed.encoding(), feed.columnsRead())),
                table(
                        s,
                        "statxplore-table",
                        new StatXploreLander(s.fetcher(), s.statXplore(), s.secrets(), Sleeper.REAL, s.clock()),
                        (feed, file) -> StatXploreCube.open(file)),
                table(
                        s,
                        "datastore-csv",
                        new DatastoreLander(s.fetcher(), s.datastore()),
                        (feed, file) -> CsvSourceTable.open(file, feed.encoding(), feed.columnsRead())),
                table(
                        s,
                        "insolvency-xlsx",
                        oneFile,
                        (feed, file) -> InsolvencyTable.open(file, InsolvencyTable.Statistic.COUNT)),
                table(s, "hclic-a1", oneFile, (feed, file) -> HclicA1Table.open(file)),
                new BoroughRecordsFormat(
                        s.fetcher(), s.recordKeyer(), s.recordLocators(), s.geography(), s.crosswalks())));
    }

    /** The feed's format; fails naming the known ones when the descriptor names another. */
    public SourceFormat of(FeedDescriptor feed) {
        SourceFormat format = formats.get(feed.format());
        if (format == null) {
            throw new IllegalArgumentException(feed.id() + ": unknown format " + feed.format() + " (known: "
                    + String.join(", ", formats.keySet()) + ")");
        }
        return format;
    }

    public List<String> names() {
        return List.copyOf(formats.keySet());
    }

    private static TableFormat table(ConnectorServices s, String name, Lander lander, SourceTable.Opener opener) {
        return new TableFormat(name, lander, opener, s.geography(), s.crosswalks());
    }

    /** A CSV file, or the descriptor's {@code zipEntry} from it when the source is a ZIP archive. */
    private static SourceTable csv(FeedDescriptor feed, Path file) throws IOException {
        String entry = feed.source().zipEntry();
        Path csv = entry != null && ZipEntries.isZip(file) ? ZipEntries.extract(file, entry) : file;
        return CsvSourceTable.open(csv, feed.encoding(), feed.columnsRead());
    }
}
