package london.observatory.connectors.datastore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import london.observatory.fetch.FileUrls;

/**
 * One entry of a London Datastore dataset's {@code resources} object ({@code /api/dataset/{id}}): the
 * resource id is its key there. Dates are kept as written; {@link #checkedAt()} and {@link #coverageTo()}
 * read them for ordering, and a value they cannot read orders as oldest.
 *
 * @param url            as published: absolute on the live site, possibly relative in an offline copy
 * @param order          the publisher's display order, or null
 * @param checkHash      {@code check_hash}: the platform's digest of the file, or null
 * @param checkTimestamp {@code check_timestamp}: when the platform last checked the file, or null
 * @param checkSize      {@code check_size} in bytes, or null
 */
public record DatastoreResource(
        String id,
        String title,
        String url,
        String format,
        Integer order,
        String checkHash,
        String checkTimestamp,
        Long checkSize,
        String temporalCoverageFrom,
        String temporalCoverageTo) {

    /** The last path segment of {@link #url()}, without any query. */
    public String filename() {
        return url == null ? "" : FileUrls.fileName(url);
    }

    /** {@code check_timestamp} as an instant (a time without offset is taken as UTC), or null. */
    public Instant checkedAt() {
        if (checkTimestamp == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(checkTimestamp).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(checkTimestamp).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /** The date part of {@code temporal_coverage_to}, or null. */
    public LocalDate coverageTo() {
        if (temporalCoverageTo == null || temporalCoverageTo.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(temporalCoverageTo.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code res-1 'Personal insolvency 2023' (csv, insolvency-2023.csv, checked 2024-05-01T09:00:00)}. */
    public String describe() {
        return id + " '" + title + "' (" + format + ", " + filename()
                + (checkTimestamp == null ? "" : ", checked " + checkTimestamp) + ")";
    }
}
