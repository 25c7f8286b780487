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
 * An entry may be a link to a file elsewhere in the folder, never to one outside it: whoever can write to
 * the drop folder could otherwise have the run read (and land under the data directory) any file the
 * observatory's user may read. Each entry's real path must lie under the folder's real path, or the fetch
 * fails naming the feed and the file.
 */
final class DropFolder implements PageSequence {

    private final List<String> files;
    private int next = 1;

    private DropFolder(List<String> files) {
        this.files = files;
    }

    static DropFolder of(String feedId, Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            Path realFolder = folder.toRealPath();
            List<Path> csv = entries.filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
            if (csv.isEmpty()) {
                throw new FetchException(feedId + ": no .csv files in the drop folder " + folder);
            }
            for (Path file : csv) {
                refuseIfOutside(feedId, folder, realFolder, file);
            }
            return new DropFolder(csv.stream().map(p -> p.toUri().toString()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(feedId + ": cannot list the drop folder " + folder, e);
        }
    }

    private static void refuseIfOutside(String feedId, Path folder, Path realFolder, Path file) throws IOException {
        if (!file.toRealPath().startsWith(realFolder)) {
            throw new FetchException(feedId + ": refused " + file.getFileName() + " in the drop folder " + folder
                    + ": it is a link to a file outside the folder (put the file itself in the folder)");
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
