package london.observatory.jobs.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import london.observatory.fetch.RetryPolicy;
import london.observatory.fetch.Sleeper;
import london.observatory.freshness.FeedState;
import london.observatory.freshness.FeedStatus;
import london.observatory.freshness.FeedStatuses;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.jobs.ObservatoryProperties.AlertProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * After a run: each feed's state today against the state it was last announced in, and a webhook message for each
 * feed that has failed, become late or recovered. The messages go from a thread of their own; the run waits for them
 * at most {@code observatory.alerts.wait-at-end}, and its exit code never depends on them.
 */
@Component
public class FeedAlerts {

    private static final Logger log = LoggerFactory.getLogger(FeedAlerts.class);

    private final ObservatoryProperties properties;
    private final Clock clock;
    private final Sleeper sleeper;

    @Autowired
    public FeedAlerts(ObservatoryProperties properties, Clock clock) {
        this(properties, clock, Sleeper.REAL);
    }

    FeedAlerts(ObservatoryProperties properties, Clock clock, Sleeper sleeper) {
        this.properties = properties;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Announces what changed, waiting for the webhook no longer than the settings allow. Never throws. */
    public void afterRun() {
        AlertProperties settings = properties.alerts();
        if (settings.webhookUrl() == null) {
            return;
        }
        Thread sender = new Thread(() -> send(settings), "alerts");
        sender.setDaemon(true); // a webhook that never answers must not keep the run's process alive
        sender.start();
        try {
            sender.join(settings.waitAtEnd().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (sender.isAlive()) {
            log.warn(
                    "alerts still being sent after {} s; the next run sends what is not delivered",
                    TimeUnit.MILLISECONDS.toSeconds(settings.waitAtEnd().toMillis()));
        }
    }

    private void send(AlertProperties settings) {
        try {
            deliver(FeedStatuses.live(properties.dataDir()), settings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("alerts not sent: {}", e.getMessage());
        }
    }

    /** Sends a message for each change of state today, recording each state once its message is delivered. */
    void deliver(List<FeedStatus> feeds, AlertProperties settings) throws InterruptedException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        AlertedStates alerted = AlertedStates.load(properties.dataDir());
        Webhook webhook = new Webhook(settings.webhookUrl(), settings.timeout(), retryPolicy(settings), sleeper, clock);
        for (Change change : changes(feeds, alerted, today)) {
            if (change.alert() == null || webhook.send(change.alert())) {
                alerted.record(change.feed(), change.state());
            }
        }
    }

    /**
     * {@code attempts} attempts, the waits doubling from {@code retry-delay}; a wait (a server's Retry-After
     * included) is never longer than the run waits for its alerts at all ({@code wait-at-end}). Without jitter: one
     * run sending to one webhook has no crowd to fall out of step with, and the waits are what the settings say.
     */
    static RetryPolicy retryPolicy(AlertProperties settings) {
        Duration cap = settings.waitAtEnd().compareTo(settings.retryDelay()) > 0
                ? settings.waitAtEnd()
                : settings.retryDelay();
        return new RetryPolicy(settings.attempts(), settings.retryDelay(), cap);
    }

    /** A feed whose state is not the one last recorded, with the message it calls for (null when none). */
    record Change(String feed, FeedState state, FeedAlert alert) {}

    static List<Change> changes(List<FeedStatus> feeds, AlertedStates alerted, LocalDate today) {
        List<Change> changes = new ArrayList<>();
        for (FeedStatus feed : feeds) {
            FeedState previous = alerted.of(feed.feed());
            FeedState now = feed.state(today);
            if (now != previous) {
                changes.add(new Change(feed.feed(), now, FeedAlert.of(feed, previous, now, today)));
            }
        }
        return changes;
    }
}
