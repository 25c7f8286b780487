package london.observatory.jobs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything an operator may set, with defaults that run the whole nightly job offline on
 * {@code data-samples/}. Feeds are pointed at their real sources with
 * {@code observatory.feeds.<id>.url=...}. Relative {@code file:} URLs in descriptors (the samples) resolve
 * against {@code baseDir}, the repository root when run by the {@code observatory} script. {@code feedIds}
 * limits a run to some feeds (comma-separated ids); empty runs every feed in the catalogue. {@code feedsDir}
 * is a folder of further descriptors ({@code <id>.json}) added to the shipped ones without rebuilding;
 * unset, there are none.
 *
 * <p>Every number and duration has bounds, checked as the settings are bound (Spring Boot validates a
 * {@code @Validated} properties class whenever a Bean Validation provider is on the class path, with or without
 * its validation auto-configuration): a value outside them stops the start with one line naming the property,
 * the value and the bound, exit 78 ({@code failure.StartupFailure}). {@code workers=0} used to fail every feed
 * without a message and publish an empty database.
 */
@ConfigurationProperties("observatory")
@Validated
public record ObservatoryProperties(
        @DefaultValue("data") @NotNull Path dataDir,
        @DefaultValue(".") @NotNull Path baseDir,
        List<@NotBlank String> feedIds,
        Path feedsDir,
        @DefaultValue @Valid GeographyProperties geography,
        Map<String, @Valid FeedProperties> feeds,
        @DefaultValue @Valid IngestProperties ingest,
        @DefaultValue @Valid HttpProperties http,
        @DefaultValue @Valid ReleaseProperties releases,
        @DefaultValue @Valid ScheduleProperties schedule,
        @DefaultValue @Valid AlertProperties alerts) {

    public ObservatoryProperties {
        feeds = feeds == null ? Map.of() : Map.copyOf(feeds);
        feedIds = feedIds == null ? List.of() : List.copyOf(feedIds);
    }

    /**
     * Locations of the ONS/GLA lookups, CSV with ONS column names ({@code LSOA21CD}, ...). Their defaults, in
     * {@code application.properties}, are the real London files in {@code data-samples/london} under
     * {@code baseDir}; the population defaults to the exact fit's Census 2021 usual residents ({@code TotalRes21}
     * by {@code LSOA21CD}). {@code olderWardLookups} are
     * best fits for older ward vintages (LSOA 2021 or 2011 to {@code WDnnCD}), comma-separated; empty for none.
     * {@code gpRegistrations} (NHS patients registered at a GP practice by LSOA) defaults to the sample, like
     * the lookups, so the offline run places the sample GP practice feed; a real GP practice feed needs the
     * real file, since a practice the file does not know is counted as outside London. {@code outputAreaLookup}
     * (ONS OA21 → LSOA21) is optional: without it, feeds in output areas cannot be placed.
     * {@code postcodeDirectory} (ONS NSPL or ONSPD, either column generation, or a postcode → output area
     * lookup) places record-level feeds by postcode; for a directory on LSOA 2011, {@code oa11Lookup} (ONS OA 2011
     * → OA 2021, used with {@code outputAreaLookup}) places the postcodes of split LSOAs by their output area; {@code lsoa21Boundaries} (GeoJSON, {@code LSOA21CD}) places them by coordinates, and is
     * optional. Both are loaded only when a record-level feed runs.
     */
    public record GeographyProperties(
            Path lsoa21Lookup,
            Path lsoa11Lookup,
            Path wardLookup,
            Path population,
            @DefaultValue("LSOA21CD") @NotBlank String populationCodeColumn,
            @DefaultValue("TotalRes21") @NotBlank String populationValueColumn,
            List<Path> olderWardLookups,
            Path gpRegistrations,
            Path outputAreaLookup,
            Path oa11Lookup,
            Path postcodeDirectory,
            Path lsoa21Boundaries) {

        public GeographyProperties {
            olderWardLookups = olderWardLookups == null ? List.of() : List.copyOf(olderWardLookups);
        }
    }

    /** {@code url}: set, it must say something; unset ({@code null}), the descriptor's URL is fetched. */
    public record FeedProperties(@NotBlank String url) {}

    /**
     * How ingest is split: rows move through Spring Batch in blocks of {@code blockRows}, a chunk
     * commits {@code chunkBlocks} blocks, and landed pages are shared out over {@code workers} threads.
     */
    public record IngestProperties(
            @DefaultValue("2000") @Min(1) @Max(1_000_000) int blockRows,
            @DefaultValue("5") @Min(1) @Max(10_000) int chunkBlocks,
            @DefaultValue("2") @Min(1) @Max(64) int workers) {}

    /**
     * Retries and timeouts of every connector. {@code datastoreHosts}: the hosts a London Datastore dataset
     * document may name resources on besides its own; unset keeps the resolver's defaults (the site and its
     * file host), a list replaces them.
     */
    public record HttpProperties(
            @DefaultValue("4") @Min(1) @Max(20) int maxAttempts,

            @DefaultValue("2s") @NotNull @DurationMin(millis = 0) @DurationMax(minutes = 10)
            Duration retryDelay,

            @DefaultValue("60s") @NotNull @DurationMin(millis = 0) @DurationMax(hours = 1)
            Duration maxRetryDelay,

            @DefaultValue("30s") @NotNull @DurationMin(millis = 100) @DurationMax(minutes = 10)
            Duration connectTimeout,

            @DefaultValue("5m") @NotNull @DurationMin(seconds = 1) @DurationMax(hours = 6)
            Duration requestTimeout,

            List<@NotBlank String> datastoreHosts) {}

    /**
     * Releases: every publish makes {@code <data-dir>/releases/<release-id>/}; the last {@code keep} are kept
     * (older ones are removed once a new one is live), so an extract can cite one and be made again.
     */
    public record ReleaseProperties(
            @DefaultValue("7") @Min(1) @Max(1000) int keep) {}

    /**
     * The nightly run {@code observatory serve} starts: on {@code cron} (six fields: second, minute, hour, day of
     * month, month, day of week) read on the wall clock of {@code zone}, exactly once per local day, clock changes
     * included ({@code schedule.OncePerLocalDay}); none with {@code enabled=false}. A run still going after
     * {@code maxDuration} is asked to stop (it stops at a chunk boundary and keeps the last good data).
     */
    public record ScheduleProperties(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("0 30 2 * * *") @NotBlank String cron,
            @DefaultValue("Europe/London") @NotNull ZoneId zone,

            @DefaultValue("6h") @NotNull @DurationMin(minutes = 1) @DurationMax(hours = 23)
            Duration maxDuration) {}

    /**
     * Where a run says that a feed has failed, become late or recovered: a JSON message POSTed to
     * {@code webhookUrl} (none when unset), each attempt within {@code timeout}, up to {@code attempts} times
     * {@code retryDelay} apart; the run waits at most {@code waitAtEnd} for them after its summary. A message not
     * delivered is sent again by the next run.
     */
    public record AlertProperties(
            URI webhookUrl,

            @DefaultValue("10s") @NotNull @DurationMin(millis = 100) @DurationMax(minutes = 5)
            Duration timeout,

            @DefaultValue("3") @Min(1) @Max(10) int attempts,

            @DefaultValue("2s") @NotNull @DurationMin(millis = 0) @DurationMax(minutes = 5)
            Duration retryDelay,

            @DefaultValue("30s") @NotNull @DurationMin(millis = 0) @DurationMax(minutes = 30)
            Duration waitAtEnd) {}

    public String urlOverride(String feedId) {
        FeedProperties feed = feeds.get(feedId);
        return feed == null ? null : feed.url();
    }
}
