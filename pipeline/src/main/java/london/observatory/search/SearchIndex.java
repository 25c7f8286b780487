package london.observatory.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index over indicators and places: built once when a release is published ({@link #build}, into a
 * folder of the release), opened by every reader ({@link #open}: the command line, the HTTP API), searched from
 * any number of threads. Synonyms are applied when searching, so the shipped list is read at {@link #open}.
 *
 * <pre>{@code
 * SearchIndex.build(release.resolve("search"), IndicatorEntry.all(catalog), AreaEntry.all(geography));
 * try (SearchIndex index = SearchIndex.open(release.resolve("search"), PostcodeLookup.of(directory))) {
 *     SearchResponse found = index.search(new SearchRequest("rent arrears tottenham", 10));
 * }
 * }</pre>
 */
public final class SearchIndex implements Closeable {

    /** What a build wrote. */
    public record Built(Path dir, int indicators, int areas, long bytes) {}

    private final Directory directory;
    private final DirectoryReader reader;
    private final Searcher searcher;

    private SearchIndex(Directory directory, Function<String, Optional<String>> postcodeToLsoa21) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new Searcher(new IndexSearcher(reader), Synonyms.shipped(), postcodeToLsoa21);
    }

    /**
     * Writes an index of {@code indicators} and {@code areas} into {@code dir} (created if missing; an index
     * already there is replaced, in one commit, so a reader sees the old index or the new one, never a mix).
     */
    public static Built build(Path dir, List<IndicatorEntry> indicators, List<AreaEntry> areas) {
        try {
            Files.createDirectories(dir);
            try (Directory directory = FSDirectory.open(dir)) {
                write(directory, indicators, areas);
            }
            return new Built(dir, indicators.size(), areas.size(), bytes(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index in " + dir, e);
        }
    }

    /** Opens the index in {@code dir} without postcode search (a postcode in a query becomes a notice). */
    public static SearchIndex open(Path dir) {
        return open(dir, null);
    }

    /**
     * Opens the index in {@code dir}.
     *
     * @param postcodeToLsoa21 postcode ({@code SE10 8AA}) → its LSOA 2021 code on the spine, empty when it has
     *                         none (see {@link PostcodeLookup}); null for no postcode search
     */
    public static SearchIndex open(Path dir, Function<String, Optional<String>> postcodeToLsoa21) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(
                    "no search index at " + dir + " (it is built when a release is published)");
        }
        try {
            return new SearchIndex(FSDirectory.open(dir), postcodeToLsoa21);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
    }

    /** An index held in memory (tests, small tools). */
    public static SearchIndex inMemory(
            List<IndicatorEntry> indicators,
            List<AreaEntry> areas,
            Function<String, Optional<String>> postcodeToLsoa21) {
        try {
            Directory directory = new ByteBuffersDirectory();
            write(directory, indicators, areas);
            return new SearchIndex(directory, postcodeToLsoa21);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build a search index in memory", e);
        }
    }

    private static void write(Directory directory, List<IndicatorEntry> indicators, List<AreaEntry> areas)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalysis.plain())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (IndicatorEntry indicator : indicators) {
                writer.addDocument(SearchDocuments.indicator(indicator));
            }
            for (AreaEntry area : areas) {
                writer.addDocument(SearchDocuments.area(area));
            }
            // Written once, read many times: one segment is the fastest to search.
            writer.forceMerge(1);
            writer.commit();
        }
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    /** Searches {@code text} for at most {@code limit} results; see {@link SearchRequest} for what is refused. */
    public SearchResponse search(String text, int limit) {
        return search(new SearchRequest(text, limit));
    }

    public SearchResponse search(SearchRequest request) {
        try {
            return searcher.search(request);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            reader.close();
        }
    }
}
