package london.observatory.leftovers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of leftover is removed at start-up, and nothing else: files of the same look elsewhere stay. */
class DeadRunLeftoversTest {

    private static final String FETCH = "raw/nomis-census-ts037/20261207T021612Z/";
    private static final String RELEASE = "releases/20261207T021612948Z/";

    @TempDir
    Path data;

    @Test
    void everyKindOfLeftoverIsRemovedWithWhatItWas() throws Exception {
        touch(FETCH + "manifest.json.tmp");
        touch(FETCH + ".page-00000.zip.census2021-ts037-lsoa.csv.part");
        touch("raw/statxplore-uc-conditionality/20261207T021612Z/page-00000.json.partial");
        touch("state/nomis-census-ts037.json.tmp");
        touch("parquet/runs/.20261207T021612948Z__nomis-census-ts037.parquet.tmp");
        touch("releases/.20261207T031500000Z.partial/observatory-open.duckdb");
        touch("releases/.20261207T031500000Z.partial/search/segments_1");
        touch(".observatory.duckdb.next");
        touch(".observatory-open.duckdb.next");
        touch("observatory.duckdb.next");
        touch("observatory.duckdb.next.wal");
        touch("observatory.duckdb.wal");
        touch("observatory-open.duckdb.wal");
        touch(RELEASE + "observatory.duckdb.wal");
        touch(RELEASE + "observatory-open.duckdb.wal");

        List<Leftover> removed = DeadRunLeftovers.removeFrom(data);

        assertThat(removed)
                .extracting(l -> data.relativize(l.path()).toString() + ": " + l.what())
                .containsExactly(
                        FETCH + ".page-00000.zip.census2021-ts037-lsoa.csv.part: a ZIP entry being extracted",
                        FETCH + "manifest.json.tmp: a landing's manifest being written",
                        "raw/statxplore-uc-conditionality/20261207T021612Z/page-00000.json.partial: "
                                + "a Stat-Xplore answer being landed",
                        "state/nomis-census-ts037.json.tmp: a feed's fetch state being written",
                        "parquet/runs/.20261207T021612948Z__nomis-census-ts037.parquet.tmp: a Parquet file being written",
                        "releases/.20261207T031500000Z.partial: a release being built",
                        RELEASE + "observatory.duckdb.wal: a write-ahead log beside a release's database",
                        RELEASE + "observatory-open.duckdb.wal: a write-ahead log beside a release's database",
                        ".observatory.duckdb.next: the link to the latest release being replaced",
                        ".observatory-open.duckdb.next: the link to the latest release being replaced",
                        "observatory.duckdb.next: a database being built",
                        "observatory.duckdb.next.wal: the write-ahead log of a database being built",
                        "observatory.duckdb.wal: a write-ahead log beside the link to the latest release",
                        "observatory-open.duckdb.wal: a write-ahead log beside the link to the latest release");
        assertThat(files()).isEmpty();
        assertThat(DeadRunLeftovers.removeFrom(data)).isEmpty();
    }

    @Test
    void whatRunsKeepAndLookAlikesOutsideTheKnownFoldersStay() throws Exception {
        List<String> kept = List.of(
                ".nightly.lock",
                "logs/observatory.log",
                "notes.tmp",
                "my-own.duckdb.wal",
                FETCH + "manifest.json",
                FETCH + "page-00000.zip",
                FETCH + "page-00000.zip.census2021-ts037-lsoa.csv",
                "state/nomis-census-ts037.json",
                "parquet/runs/20261207T021612948Z__nomis-census-ts037.parquet",
                "parquet/observations/feed=nomis-census-ts037/period=2021/part-w0-00000.parquet",
                "quarantine/camden-housing-register/20261207T021612948Z.csv",
                "quarantine/camden-housing-register/.x.part",
                "batch/jobs.mv.db",
                RELEASE + "observatory.duckdb",
                RELEASE + "observatory-open.duckdb",
                RELEASE + "release.json",
                RELEASE + "search/segments_1",
                RELEASE + "boundaries/lsoa21.geojson.gz",
                "releases/notes/observatory.tmp");
        for (String file : kept) {
            touch(file);
        }
        Files.createSymbolicLink(data.resolve("observatory.duckdb"), Path.of(RELEASE + "observatory.duckdb"));

        assertThat(DeadRunLeftovers.removeFrom(data)).isEmpty();

        assertThat(files())
                .containsExactlyInAnyOrderElementsOf(Stream.concat(kept.stream(), Stream.of("observatory.duckdb"))
                        .toList());
    }

    private void touch(String file) throws IOException {
        Path path = data.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, file);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> paths = Files.walk(data)) {
            return paths.filter(p -> !Files.isDirectory(p) || Files.isSymbolicLink(p))
                    .map(p -> data.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }
}
