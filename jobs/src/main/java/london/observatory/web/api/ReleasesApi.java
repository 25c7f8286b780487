package london.observatory.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import london.observatory.freshness.FeedStatus;
import london.observatory.freshness.FeedStatuses;
import london.observatory.freshness.FeedToday;
import london.observatory.release.ReleaseLayout;
import london.observatory.web.release.ServedData;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/releases} (the releases kept) and {@code GET /api/status} (each feed's freshness). */
@RestController
final class ReleasesApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Release(String id, String builtAt, String basedOn, boolean sample, boolean served) {}

    /** {@code access}: {@code open}, or {@code restricted} for a caller who reads exact and restricted figures. */
    record Releases(String release, boolean sample, String access, String note, List<Release> releases) {}

    /**
     * {@code feeds}: each feed's state today ({@code failing} when its last run failed; {@code late} when the grace
     * after the publisher's expected release, {@code lateAfterDays}, has passed without new data; {@code due} from
     * the expected release until then, or when it has never run; else {@code fresh}).
     */
    /** {@code asOf}: the release's own clock (its latest run); {@code today}: the date the states are for (UTC). */
    record Status(String release, boolean sample, Instant asOf, LocalDate today, List<FeedToday> feeds) {}

    private final ReleaseLayout layout;
    private final Clock clock;

    ReleasesApi(ReleaseLayout layout, Clock clock) {
        this.layout = layout;
        this.clock = clock;
    }

    @GetMapping("/api/releases")
    @Operation(summary = "The releases kept, oldest first, and which one is served")
    Releases releases(ServedData data) throws IOException {
        List<Release> releases = new ArrayList<>();
        for (String id : layout.ids()) {
            Path manifest = layout.release(id).resolve(ReleaseLayout.MANIFEST);
            JsonNode m = JSON.readTree(manifest.toFile());
            releases.add(new Release(
                    id,
                    m.path("builtAt").asString(null),
                    m.path("basedOn").asString(null),
                    m.path("sample").asBoolean(false),
                    id.equals(data.release().id())));
        }
        String note = data.release().sample()
                ? "SAMPLE DATA: this release was built at least in part from the repository's sample recordings, whose"
                        + " values are synthetic and are not facts about the places they name."
                : "Built from the real sources each indicator names.";
        return new Releases(
                data.release().id(),
                data.release().sample(),
                data.tier().restricted() ? "restricted" : "open",
                note,
                releases);
    }

    @GetMapping("/api/status")
    @Operation(summary = "Each feed's last run, last success, last upstream change, expected next release and state")
    Status status(ServedData data) throws SQLException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<FeedStatus> statuses;
        Instant asOf;
        try (Connection c = data.tier().database().connection()) {
            statuses = FeedStatuses.read(c);
            asOf = FeedStatuses.asOf(c);
        }
        List<FeedToday> feeds = FeedToday.all(statuses, today);
        return new Status(data.release().id(), data.release().sample(), asOf, today, feeds);
    }
}
