package london.observatory.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
     * A feed's state: {@code failing} when its last run failed, {@code late} when the publisher's expected release
     * date has passed without new data, else {@code fresh}.
     */
    record Feed(
            String feed,
            String frequency,
            String state,
            Instant lastRunAt,
            String lastOutcome,
            Instant lastSuccessAt,
            String lastUpstreamChange,
            LocalDate expectedNextRelease,
            Integer daysLate,
            boolean sample) {}

    record Status(String release, boolean sample, Instant asOf, List<Feed> feeds) {}

    private final ReleaseLayout layout;

    ReleasesApi(ReleaseLayout layout) {
        this.layout = layout;
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
        List<Feed> feeds = new ArrayList<>();
        Instant asOf = null;
        try (Connection c = data.tier().database().connection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT feed, frequency, last_run_at, last_outcome, last_success_at,"
                        + " last_upstream_change, expected_next_release, late, days_late, coalesce(sample, false),"
                        + " as_of FROM feed_status ORDER BY feed")) {
            while (r.next()) {
                String outcome = r.getString(4);
                int daysLate = r.getInt(9);
                Integer days = r.wasNull() ? null : daysLate;
                feeds.add(new Feed(
                        r.getString(1),
                        r.getString(2),
                        "failed".equals(outcome) ? "failing" : r.getBoolean(8) ? "late" : "fresh",
                        utc(r, 3),
                        outcome,
                        utc(r, 5),
                        r.getString(6),
                        r.getObject(7, LocalDate.class),
                        days,
                        r.getBoolean(10)));
                asOf = utc(r, 11);
            }
        }
        return new Status(data.release().id(), data.release().sample(), asOf, feeds);
    }

    /** The runs table keeps UTC times without a zone. */
    private static Instant utc(ResultSet row, int column) throws SQLException {
        LocalDateTime time = row.getObject(column, LocalDateTime.class);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
