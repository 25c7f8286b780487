package london.observatory.web.release;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import london.observatory.release.ReleaseLayout;
import london.observatory.search.SearchIndex;
import london.observatory.web.WebProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A release opened for serving: its databases (the full one on first use by a caller allowed it), its areas, its
 * search index and its {@code release.json}. Counted: the server holds one reference while it is the latest and
 * each request holds one while it runs, so a request that began on this release finishes on it, and the files
 * are closed only when the last such request is done.
 */
public final class ServedRelease {

    private static final Logger LOG = LoggerFactory.getLogger(ServedRelease.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String id;
    private final Path dir;
    private final JsonNode manifest;
    private final WebProperties settings;
    private final ReleaseTier open;
    private final AreaTree areas;
    private final SearchIndex search;
    private final AtomicInteger holders = new AtomicInteger(1);
    private ReleaseTier full;

    private ServedRelease(
            String id,
            Path dir,
            JsonNode manifest,
            WebProperties settings,
            ReleaseTier open,
            AreaTree areas,
            SearchIndex search) {
        this.id = id;
        this.dir = dir;
        this.manifest = manifest;
        this.settings = settings;
        this.open = open;
        this.areas = areas;
        this.search = search;
    }

    /** Opens release {@code id} of {@code layout}, everything an open request needs read before it is served. */
    static ServedRelease open(
            ReleaseLayout layout, String id, WebProperties settings, Function<String, Optional<String>> postcodes)
            throws SQLException, IOException {
        Path dir = layout.release(id);
        JsonNode manifest = JSON.readTree(dir.resolve(ReleaseLayout.MANIFEST).toFile());
        ReleaseTier open = ReleaseTier.open(id, false, database(dir.resolve(ReleaseLayout.OPEN), settings));
        try {
            AreaTree areas;
            try (Connection c = open.database().connection()) {
                areas = AreaTree.load(c);
            }
            SearchIndex search = SearchIndex.open(dir.resolve(ReleaseLayout.SEARCH), postcodes);
            return new ServedRelease(id, dir, manifest, settings, open, areas, search);
        } catch (SQLException | RuntimeException e) {
            open.close();
            throw e;
        }
    }

    public String id() {
        return id;
    }

    public Path dir() {
        return dir;
    }

    /** The release's {@code release.json}. */
    public JsonNode manifest() {
        return manifest;
    }

    /** Whether any value came from the repository's sample recordings (synthetic values on real codes). */
    public boolean sample() {
        return manifest.path("sample").asBoolean(false);
    }

    public AreaTree areas() {
        return areas;
    }

    public SearchIndex search() {
        return search;
    }

    /** The open database, or the full one for a caller allowed restricted figures. */
    public ReleaseTier tier(boolean restricted) {
        return restricted ? full() : open;
    }

    private synchronized ReleaseTier full() {
        if (full == null) {
            try {
                full = ReleaseTier.open(id, true, database(dir.resolve(ReleaseLayout.FULL), settings));
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "cannot open the full database of release " + id + ": " + e.getMessage(), e);
            }
        }
        return full;
    }

    private static ReleaseDatabase database(Path file, WebProperties settings) throws SQLException {
        return ReleaseDatabase.open(file, settings.duckdbMemory(), settings.duckdbThreads());
    }

    /** Takes a reference for a request; false once the release is closed (the caller takes the newer one). */
    boolean tryAcquire() {
        while (true) {
            int n = holders.get();
            if (n == 0) {
                return false;
            }
            if (holders.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Gives a reference back; the last one closes the files. */
    public void release() {
        if (holders.decrementAndGet() == 0) {
            close();
        }
    }

    private synchronized void close() {
        try {
            search.close();
            open.close();
            if (full != null) {
                full.close();
            }
            LOG.info("release {} closed: no request reads it any more", id);
        } catch (IOException | SQLException e) {
            LOG.warn("closing release {}: {}", id, e.getMessage());
        }
    }
}
