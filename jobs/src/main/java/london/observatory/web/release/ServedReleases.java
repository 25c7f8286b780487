package london.observatory.web.release;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import london.observatory.release.ReleaseLayout;
import london.observatory.web.WebProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The release the server answers from: the latest complete one in the data directory. A poller looks for a newer
 * one every {@code observatory.web.release-poll}; a newer one is opened and read completely first, then made
 * current in one step, and the old one is closed once the requests that began on it have finished. A release
 * that cannot be opened is logged once and the current one stays.
 */
@Component
public final class ServedReleases implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ServedReleases.class);

    private final ReleaseLayout layout;
    private final WebProperties settings;
    private final Postcodes postcodes;
    private final AtomicReference<ServedRelease> current = new AtomicReference<>();
    private final ScheduledExecutorService poller;
    private String refused;

    public ServedReleases(ReleaseLayout layout, WebProperties properties, Postcodes postcodes) {
        this.layout = layout;
        this.settings = properties;
        this.postcodes = postcodes;
        refresh();
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "release-poll");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.releasePoll().toMillis();
        poller.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
    }

    /** Takes the current release for one request (give it back with {@link ServedRelease#release()}). */
    public Optional<ServedRelease> lease() {
        while (true) {
            ServedRelease release = current.get();
            if (release == null) {
                return Optional.empty();
            }
            if (release.tryAcquire()) {
                return Optional.of(release);
            }
            // it was replaced and closed between the read and the acquire: the newer one is current now
        }
    }

    /** The id of the release being served, if any. */
    public Optional<String> currentId() {
        return Optional.ofNullable(current.get()).map(ServedRelease::id);
    }

    /** Serves the latest release if it is newer than the current one. */
    public synchronized void refresh() {
        try {
            Optional<String> latest = layout.latestId();
            ServedRelease served = current.get();
            if (latest.isEmpty()
                    || (served != null && served.id().compareTo(latest.get()) >= 0)
                    || latest.get().equals(refused)) {
                return;
            }
            ServedRelease next =
                    ServedRelease.open(layout, latest.get(), settings, postcodes.available() ? postcodes : null);
            ServedRelease previous = current.getAndSet(next);
            LOG.info("serving release {}", next.id());
            if (previous != null) {
                previous.release();
            }
        } catch (Exception e) {
            // a release being removed as it is opened, a damaged file: keep serving the current one
            String id = layout.latestId().orElse("?");
            if (!id.equals(refused)) {
                LOG.warn("cannot serve release {}: {} (the current release stays)", id, e.getMessage());
            }
            refused = id;
        }
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
        ServedRelease last = current.getAndSet(null);
        if (last != null) {
            last.release();
        }
    }
}
