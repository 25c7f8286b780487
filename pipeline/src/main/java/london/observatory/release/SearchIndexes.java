package london.observatory.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import london.observatory.publish.FingerprintedOutput;
import london.observatory.search.AreaEntry;
import london.observatory.search.IndicatorEntry;
import london.observatory.search.SearchIndex;

/**
 * A release's search index: the previous release's copied when it was made from the same indicators and areas
 * (most nights: the catalogue and the geography rarely change), or one this process built from them, otherwise
 * built ({@link FingerprintedOutput}).
 */
final class SearchIndexes {

    static final String FINGERPRINT = FingerprintedOutput.FINGERPRINT;

    private SearchIndexes() {}

    static SearchIndex.Built buildOrReuse(
            Path dir, Optional<Path> previous, List<IndicatorEntry> indicators, List<AreaEntry> areas) {
        try {
            FingerprintedOutput.makeOrCopy(
                    "search",
                    dir,
                    previous,
                    fingerprint(indicators, areas),
                    into -> SearchIndex.build(into, indicators, areas));
            return new SearchIndex.Built(dir, indicators.size(), areas.size(), size(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index in " + dir, e);
        }
    }

    /** Records print every field, so their text is a faithful account of what the index holds. */
    static String fingerprint(List<IndicatorEntry> indicators, List<AreaEntry> areas) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object entry :
                    Stream.concat(indicators.stream(), areas.stream()).toList()) {
                sha.update(entry.toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            long bytes = 0;
            for (Path file : files.toList()) {
                bytes += Files.size(file);
            }
            return bytes;
        }
    }
}
