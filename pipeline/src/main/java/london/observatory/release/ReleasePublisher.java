package london.observatory.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import london.observatory.boundaries.ReleaseBoundaries;
import london.observatory.crash.CrashPoint;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.disclosure.DisclosureControl;
import london.observatory.geography.Geography;
import london.observatory.publish.DuckDbPublisher;
import london.observatory.publish.OpenTier;
import london.observatory.publish.ParquetChanges;
import london.observatory.publish.ParquetFiles;
import london.observatory.publish.PublishException;
import london.observatory.publish.PublishResult;
import london.observatory.search.AreaEntry;
import london.observatory.search.IndicatorEntry;
import london.observatory.search.SearchIndex;
import london.observatory.table.TableSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a release: builds every part of it in {@code releases/.<id>.partial/} — the map boundaries (when
 * there is a boundary file), the open database (whole,
 * or from the previous release's open database with only what changed loaded again), the full database (the
 * open one with what it leaves out added), the protected counts, the search index and {@code release.json} —
 * moves the folder to {@code releases/<id>/} in one rename, points the data directory's
 * {@code observatory.duckdb} and {@code observatory-open.duckdb} at it, and only then removes the releases
 * beyond the last {@code keep}. A failure at any step deletes the
 * partial folder and leaves the last good release live.
 */
public final class ReleasePublisher {

    public static final int DEFAULT_KEEP = 7;
    private static final Logger LOG = LoggerFactory.getLogger(ReleasePublisher.class);

    private final DuckDbPublisher databases;
    private final DisclosureControl disclosure;
    private final int keep;
    private final Clock clock;
    private final Optional<ReleaseBoundaries> boundaries;
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Releases without map boundaries. */
    public ReleasePublisher(DuckDbPublisher databases, DisclosureControl disclosure, int keep, Clock clock) {
        this(databases, disclosure, keep, clock, null);
    }

    /**
     * Releases with map boundaries made from {@code lsoa21Boundaries} (GeoJSON, {@code LSOA21CD}); null for none.
     */
    public ReleasePublisher(
            DuckDbPublisher databases, DisclosureControl disclosure, int keep, Clock clock, Path lsoa21Boundaries) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one release, not " + keep);
        }
        this.databases = databases;
        this.disclosure = disclosure;
        this.keep = keep;
        this.clock = clock;
        this.boundaries = Optional.ofNullable(lsoa21Boundaries).map(ReleaseBoundaries::new);
    }

    public PublishResult publish(Path dataDir, String releaseId, FeedCatalog catalog, Geography geography) {
        long started = System.nanoTime();
        ReleaseLayout layout = new ReleaseLayout(dataDir);
        Path partial = layout.partial(releaseId);
        Path release = layout.release(releaseId);
        Map<String, Long> tables;
        try {
            deleteTree(partial);
            Files.createDirectories(partial);
            Set<String> recordFeeds = feeds(catalog, FeedDescriptor::perturbed);
            Set<String> withheld =
                    feeds(catalog, feed -> !feed.perturbed() && FeedDescriptor.RESTRICTED.equals(feed.accessTier()));
            OpenTier tier = new OpenTier(recordFeeds, withheld);
            Optional<Path> previous = layout.latestId().map(layout::release);
            Optional<BuiltFrom> before = previous.flatMap(BuiltFrom::of).filter(b -> b.sameOpenFeeds(tier));
            String madeFrom = madeFrom(catalog);
            // First: a boundary file that does not fit the spine fails the release before the databases are built.
            long phase = System.nanoTime();
            Optional<ReleaseBoundaries.Written> shapes = boundaries.isEmpty()
                    ? Optional.empty()
                    : Optional.of(boundaries.get().write(partial, previous, geography));
            long boundariesNanos = System.nanoTime() - phase;
            Databases made = before.filter(b -> b.madeFrom().equals(madeFrom))
                    .flatMap(b -> lineageOnly(dataDir, partial, previous.get(), b, tier))
                    .orElseGet(
                            () -> built(dataDir, partial, before.map(b -> b.previous(previous.get())), tier, catalog));
            DuckDbPublisher.Built built = made.open();
            tables = new LinkedHashMap<>(made.tables());
            new BuiltFrom(built.format(), built.files(), tier, madeFrom).writeTo(partial);
            phase = System.nanoTime();
            List<IndicatorEntry> indicators = IndicatorEntry.all(catalog.only(catalog.feeds().stream()
                    .map(FeedDescriptor::id)
                    .filter(id -> !withheld.contains(id))
                    .toList()));
            SearchIndex.Built search = SearchIndexes.buildOrReuse(
                    partial.resolve(ReleaseLayout.SEARCH),
                    layout.latestId().map(id -> layout.release(id).resolve(ReleaseLayout.SEARCH)),
                    indicators,
                    AreaEntry.all(geography));
            LOG.info(
                    "release {}: {}, search index {} ms, boundaries {} ms ({})",
                    releaseId,
                    made.account(),
                    (System.nanoTime() - phase) / 1_000_000,
                    boundariesNanos / 1_000_000,
                    shapes.map(w -> w.origin().toString().toLowerCase(Locale.ROOT))
                            .orElse("none: no observatory.geography.lsoa21-boundaries"));
            ReleaseManifest manifest = ReleaseManifest.of(
                    releaseId,
                    clock.instant(),
                    built.changes().isPresent() ? previous.get().getFileName().toString() : null,
                    tables,
                    partial.resolve(ReleaseLayout.OPEN),
                    new ReleaseManifest.Disclosure(
                            "cell-key perturbation",
                            disclosure.tableVersion(),
                            disclosure.tableFingerprint(),
                            disclosure.threshold()),
                    new ReleaseManifest.Search(search.indicators(), search.areas()),
                    shapes.map(ReleaseManifest.Boundaries::of).orElse(null));
            JSON.writeValue(partial.resolve(ReleaseLayout.MANIFEST).toFile(), manifest);
            ReadOnlyDatabases.seal(partial.resolve(ReleaseLayout.FULL));
            ReadOnlyDatabases.seal(partial.resolve(ReleaseLayout.OPEN));
            deleteTree(release); // a release of this id that failed to go live before
            CrashPoint.MID_PUBLISH.reach();
            Files.move(partial, release, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            RuntimeException failure = e instanceof PublishException p
                    ? p
                    : new PublishException("release " + releaseId + " failed: " + e.getMessage(), e);
            try {
                deleteTree(partial);
            } catch (RuntimeException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
        goLive(layout, releaseId);
        CrashPoint.AFTER_PUBLISH.reach();
        prune(layout, releaseId);
        return new PublishResult(
                layout.latest(ReleaseLayout.FULL), tables, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The release's two databases in {@code partial}: the open one's build ({@link DuckDbPublisher.Built}), every
     * table's row count in the full one, and how they were made, for the log.
     */
    private record Databases(DuckDbPublisher.Built open, Map<String, Long> tables, String account) {}

    /**
     * The open database built from the previous one ({@code base}) or whole, the full one widened from it, and the
     * protected counts and rates made in both.
     */
    private Databases built(
            Path dataDir, Path partial, Optional<DuckDbPublisher.Previous> base, OpenTier tier, FeedCatalog catalog) {
        long phase = System.nanoTime();
        Path open = partial.resolve(ReleaseLayout.OPEN);
        Path full = partial.resolve(ReleaseLayout.FULL);
        DuckDbPublisher.Built built = databases.build(open, dataDir, base, Optional.of(tier));
        long openNanos = System.nanoTime() - phase;
        phase = System.nanoTime();
        Map<String, Long> tables = new LinkedHashMap<>(databases.widen(open, full, dataDir, tier, built.files()));
        // Protected counts and rates are made from record-derived counts: none written, none to make.
        if (built.files().partitions().stream().anyMatch(p -> tier.recordFeeds().contains(p.feed()))) {
            long rates =
                    new OpenDatabase(disclosure).complete(full, open, tier.recordFeeds(), DerivedRates.of(catalog));
            tables.merge(TableSchema.OBSERVATIONS, rates, Long::sum);
        }
        return new Databases(
                built,
                tables,
                String.format(
                        "open database %d ms (%s), full database and protected counts %d ms",
                        openNanos / 1_000_000,
                        built.changes().map(ReleasePublisher::describe).orElse("built whole"),
                        (System.nanoTime() - phase) / 1_000_000));
    }

    /**
     * Both databases of a night that only added runs' lineage (every feed unchanged), as the previous release's
     * with those rows added ({@link DuckDbPublisher#addLineage}): what that release made from the unchanged rows
     * (protected counts, rates) stays, rather than being made again. The two are independent files, so the full
     * one is made on a thread of its own while this one makes the open one. Empty when anything else changed or
     * a previous database cannot be used.
     */
    private Optional<Databases> lineageOnly(Path dataDir, Path partial, Path last, BuiltFrom before, OpenTier tier) {
        if (!Files.isRegularFile(last.resolve(ReleaseLayout.FULL))) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        ParquetFiles files = ParquetFiles.scan(dataDir);
        FutureTask<Optional<DuckDbPublisher.Built>> full = new FutureTask<>(() -> databases.addLineage(
                partial.resolve(ReleaseLayout.FULL),
                dataDir,
                files,
                before.previous(last, ReleaseLayout.FULL),
                Optional.empty()));
        new Thread(full, "publish-full-database").start();
        Optional<DuckDbPublisher.Built> open;
        try {
            open = databases.addLineage(
                    partial.resolve(ReleaseLayout.OPEN),
                    dataDir,
                    files,
                    before.previous(last, ReleaseLayout.OPEN),
                    Optional.of(tier));
        } catch (RuntimeException e) {
            outcome(full).ifPresent(e::addSuppressed); // the folder is deleted after: nothing may still write in it
            throw e;
        }
        Optional<DuckDbPublisher.Built> fullBuilt = result(full);
        if (open.isEmpty() || fullBuilt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Databases(
                open.get(),
                fullBuilt.get().rowCounts(),
                String.format(
                        "nothing changed but runs: both databases %d ms (the previous release's with those rows; its protected"
                                + " counts and rates kept)",
                        (System.nanoTime() - started) / 1_000_000)));
    }

    /** What {@code task} returned, once it has finished; what it threw, thrown again. */
    private static <T> T result(FutureTask<T> task) {
        try {
            return uninterruptibly(task);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Waits for {@code task} to finish; what it threw, if anything. */
    private static Optional<Throwable> outcome(FutureTask<?> task) {
        try {
            uninterruptibly(task);
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(e.getCause());
        }
    }

    private static <T> T uninterruptibly(FutureTask<T> task) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // a stop request: the task finishes first, as the open database does
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * What the rows a release makes itself (protected counts, rates) are made from besides the Parquet files: the
     * disclosure table and threshold, and the rates' definitions in the catalogue.
     */
    private String madeFrom(FeedCatalog catalog) {
        return "disclosure " + disclosure.tableVersion() + " " + disclosure.tableFingerprint() + " threshold "
                + disclosure.threshold() + "; rates " + DerivedRates.of(catalog).definitions();
    }

    private static void goLive(ReleaseLayout layout, String releaseId) {
        try {
            ReleasePointer.point(
                    layout.latest(ReleaseLayout.FULL), layout.release(releaseId).resolve(ReleaseLayout.FULL));
            CrashPoint.MID_RELEASE_SWITCH.reach();
            ReleasePointer.point(
                    layout.latest(ReleaseLayout.OPEN), layout.release(releaseId).resolve(ReleaseLayout.OPEN));
        } catch (IOException e) {
            throw new PublishException(
                    "release " + releaseId + " is built but could not be made the latest: " + e.getMessage(), e);
        }
    }

    /** Removes the oldest releases beyond {@code keep}; never the live one, and only once the new one is live. */
    private void prune(ReleaseLayout layout, String live) {
        List<String> ids = layout.ids();
        for (String id : ids.subList(0, Math.max(0, ids.size() - keep))) {
            if (!id.equals(live)) {
                deleteTree(layout.release(id));
            }
        }
    }

    private static String describe(ParquetChanges changes) {
        return "updated: " + changes.partitions().size() + " partitions and "
                + changes.tables().size() + " tables changed";
    }

    private static Set<String> feeds(FeedCatalog catalog, java.util.function.Predicate<FeedDescriptor> which) {
        return catalog.feeds().stream().filter(which).map(FeedDescriptor::id).collect(Collectors.toSet());
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
