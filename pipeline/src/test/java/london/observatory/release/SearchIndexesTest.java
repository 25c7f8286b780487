package london.observatory.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import london.observatory.search.AreaEntry;
import london.observatory.search.AreaRef;
import london.observatory.search.IndicatorEntry;
import london.observatory.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release's search index is the previous one's when made from the same inputs, and built anew otherwise. */
class SearchIndexesTest {

    private static final List<IndicatorEntry> INDICATORS = List.of(new IndicatorEntry(
            "claimant-count",
            "Claimant count",
            "People claiming",
            List.of("jobless"),
            "people",
            "jobs",
            "ONS",
            "nomis"));
    private static final List<AreaEntry> AREAS = List.of(
            new AreaEntry("E09000007", "Camden", "lad", List.of()),
            new AreaEntry("E05013654", "Camden Square", "ward", List.of(new AreaRef("E09000007", "Camden", "lad"))));

    @TempDir
    Path dir;

    @Test
    void theSameInputsCopyThePreviousIndexAndOtherInputsBuildANewOne() throws IOException {
        Path first = dir.resolve("first");
        SearchIndexes.buildOrReuse(first, Optional.empty(), INDICATORS, AREAS);
        Path second = dir.resolve("second");
        SearchIndexes.buildOrReuse(second, Optional.of(first), INDICATORS, AREAS);
        Path third = dir.resolve("third");
        SearchIndexes.buildOrReuse(third, Optional.of(second), INDICATORS, AREAS.subList(0, 1));

        assertThat(files(second)).isEqualTo(files(first));
        for (String name : files(first)) {
            assertThat(Files.readAllBytes(second.resolve(name))).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
        assertThat(Files.readString(third.resolve(SearchIndexes.FINGERPRINT)))
                .isNotEqualTo(Files.readString(first.resolve(SearchIndexes.FINGERPRINT)));
        try (SearchIndex copied = SearchIndex.open(second);
                SearchIndex rebuilt = SearchIndex.open(third)) {
            assertThat(copied.search("camden square", 5).results())
                    .extracting(r -> r.id())
                    .contains("E05013654");
            assertThat(rebuilt.search("camden square", 5).results())
                    .extracting(r -> r.id())
                    .doesNotContain("E05013654");
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
