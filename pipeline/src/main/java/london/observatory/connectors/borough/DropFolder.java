package london.observatory.connectors.borough;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.PageSequence;

/**
 * A folder a borough drops its CSV files into (one per month, say), landed as the pages of one fetch in
 * file-name order: a new, changed or removed drop changes the fetch's checksum, so the feed re-counts.
 */
final class DropFolder implements PageSequence {

    private final List<String> files;
    private int next = 1;

    private DropFolder(List<String> files) {
        this.files = files;
    }

    static DropFolder of(String feedId, Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            List<String> csv = entries.filter(Files::isRegularFile)
                    .filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted()
                    .map(p -> p.toUri().toString())
                    .toList();
            if (csv.isEmpty()) {
                throw new FetchException(feedId + ": no .csv files in the drop folder " + folder);
            }
            return new DropFolder(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(feedId + ": cannot list the drop folder " + folder, e);
        }
    }

    @Override
    public String firstUrl() {
        return files.get(0);
    }

    @Override
    public Optional<String> next(Path landedPage) {
        return next < files.size() ? Optional.of(files.get(next++)) : Optional.empty();
    }
}
