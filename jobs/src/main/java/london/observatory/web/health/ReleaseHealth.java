package london.observatory.web.health;

import java.util.Optional;
import london.observatory.web.release.ServedRelease;
import london.observatory.web.release.ServedReleases;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code release} in {@code /actuator/health}: the release being served, or out of service while there is none (a
 * server started before the first nightly run has nothing to answer with, so it is not ready).
 */
@Component("release")
final class ReleaseHealth implements HealthIndicator {

    private final ServedReleases releases;

    ReleaseHealth(ServedReleases releases) {
        this.releases = releases;
    }

    @Override
    public Health health() {
        Optional<ServedRelease> lease = releases.lease();
        if (lease.isEmpty()) {
            return Health.outOfService()
                    .withDetail("reason", "no release has been published yet: run observatory nightly")
                    .build();
        }
        ServedRelease served = lease.get();
        try {
            return Health.up()
                    .withDetail("release", served.id())
                    .withDetail("builtAt", served.manifest().path("builtAt").asString(""))
                    .withDetail("sample", served.sample())
                    .build();
        } finally {
            served.release();
        }
    }
}
