package london.observatory.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where an extract's numbers come from: a published observatory database (opened read-only; for an open
 * extract, a release's {@code observatory-open.duckdb}), the id of the release it belongs to, and the
 * disclosure rules it was built under, all recorded in every extract's metadata.
 */
public record ExtractSource(Path database, String releaseId, List<DisclosureRule> disclosureRules) {

    public ExtractSource {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(releaseId, "releaseId");
        disclosureRules = List.copyOf(disclosureRules);
    }

    public ExtractSource(Path database, String releaseId) {
        this(database, releaseId, List.of());
    }
}
