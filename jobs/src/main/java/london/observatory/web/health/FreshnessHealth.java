package london.observatory.web.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import london.observatory.freshness.FeedStatus;
import london.observatory.freshness.FeedStatuses;
import london.observatory.freshness.FeedToday;
import london.observatory.web.release.ServedRelease;
import london.observatory.web.release.ServedReleases;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code freshness} in {@code /actuator/health}: how many feeds of the served release are fresh, due, late or
 * failing today, and which need a person. A late or failing feed makes the status {@code LATE}: worth an operator's
 * look, but the server still answers with the last good data, so it stays ready (HTTP 200; application.properties
 * orders and maps the status).
 */
@Component("freshness")
final class FreshnessHealth implements HealthIndicator {

    static final Status LATE = new Status("LATE", "a feed is late or failing; its last good data are served");

    private final ServedReleases releases;
    private final Clock clock;

    FreshnessHealth(ServedReleases releases, Clock clock) {
        this.releases = releases;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Optional<ServedRelease> lease = releases.lease();
        if (lease.isEmpty()) {
            return Health.unknown()
                    .withDetail("reason", "no release to read the feeds' status from")
                    .build();
        }
        ServedRelease served = lease.get();
        List<FeedStatus> feeds;
        try (Connection c = served.tier(false).database().connection()) {
            feeds = FeedStatuses.read(c);
        } catch (SQLException e) {
            return Health.down()
                    .withDetail("reason", "cannot read feed_status: " + e.getMessage())
                    .build();
        } finally {
            served.release();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<FeedToday> states = FeedToday.all(feeds, today);
        Map<String, String> attention = new TreeMap<>();
        states.stream()
                .filter(FeedToday::needsAttention)
                .forEach(f -> attention.put(f.status().feed(), f.state()));
        return Health.status(attention.isEmpty() ? Status.UP : LATE)
                .withDetail("today", today.toString())
                .withDetail("feeds", FeedToday.counts(states))
                .withDetail("attention", attention)
                .build();
    }
}
