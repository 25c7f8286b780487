package london.observatory.release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import london.observatory.publish.DuckDbPublisher;
import london.observatory.publish.OpenTier;
import london.observatory.publish.ParquetFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code built-from.json} beside a release's databases: the Parquet files and table format its databases
 * were made from, the feeds it treated as record-derived or withheld, and what the rows the release made itself
 * (protected counts, rates) were made from besides the files ({@code madeFrom}). The next release
 * starts from this one's databases when these still hold ({@link DuckDbPublisher#build}), loading only what
 * changed. For the publisher, not for readers.
 */
record BuiltFrom(
        String format,
        ParquetFiles parquet,
        SortedSet<String> recordFeeds,
        SortedSet<String> withheldFeeds,
        String madeFrom) {

    static final String FILE = "built-from.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    BuiltFrom {
        recordFeeds = new TreeSet<>(recordFeeds);
        withheldFeeds = new TreeSet<>(withheldFeeds);
    }

    /** Empty when the release has no such file or it cannot be read: the next build is then whole. */
    static Optional<BuiltFrom> of(Path release) {
        Path file = release.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), BuiltFrom.class));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    void writeTo(Path release) {
        JSON.writeValue(release.resolve(FILE).toFile(), this);
    }

    BuiltFrom(String format, ParquetFiles parquet, OpenTier tier, String madeFrom) {
        this(format, parquet, tier.recordFeeds(), tier.withheldFeeds(), madeFrom);
    }

    /** The release's open database, which the next one starts from. */
    DuckDbPublisher.Previous previous(Path release) {
        return previous(release, ReleaseLayout.OPEN);
    }

    /** The release's open ({@link ReleaseLayout#OPEN}) or full ({@link ReleaseLayout#FULL}) database. */
    DuckDbPublisher.Previous previous(Path release, String database) {
        return new DuckDbPublisher.Previous(release.resolve(database), parquet, format);
    }

    /**
     * Whether the release's open database was made for the same tier: a feed that became restricted must leave
     * nothing behind in a file's free space, so another tier means a build from nothing.
     */
    boolean sameOpenFeeds(OpenTier tier) {
        return recordFeeds.equals(tier.recordFeeds()) && withheldFeeds.equals(tier.withheldFeeds());
    }
}
