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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import london.observatory.search.AreaEntry;
import london.observatory.search.IndicatorEntry;
import london.observatory.search.SearchIndex;

/**
 * A release's search index: the previous release's copied when it was made from the same indicators and areas
 * (most nights: the catalogue and the geography rarely change), or one this process built from them (kept in a
 * temporary folder: several data directories published by one process, as the tests do), otherwise built. A
 * fingerprint of what went in, kept beside the index, says which.
 */
final class SearchIndexes {

    static final String FINGERPRINT = "inputs.sha256";
    private static final Map<String, Path> BUILT = new ConcurrentHashMap<>();

    private SearchIndexes() {}

    static SearchIndex.Built buildOrReuse(
            Path dir, Optional<Path> previous, List<IndicatorEntry> indicators, List<AreaEntry> areas) {
        String fingerprint = fingerprint(indicators, areas);
        try {
            Optional<Path> same = Stream.concat(previous.stream(), Stream.ofNullable(BUILT.get(fingerprint)))
                    .filter(index -> fingerprint.equals(read(index.resolve(FINGERPRINT))))
                    .findFirst();
            if (same.isPresent()) {
                copy(same.get(), dir);
                return new SearchIndex.Built(dir, indicators.size(), areas.size(), size(dir));
            }
            SearchIndex.Built built = SearchIndex.build(dir, indicators, areas);
            Files.writeString(dir.resolve(FINGERPRINT), fingerprint, StandardCharsets.UTF_8);
            Path kept = Files.createTempDirectory("observatory-search-");
            kept.toFile().deleteOnExit();
            copy(dir, kept);
            try (Stream<Path> files = Files.list(kept)) {
                files.forEach(file -> file.toFile().deleteOnExit());
            }
            BUILT.put(fingerprint, kept);
            return built;
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

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null; // not a usable index to copy: build instead
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
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
