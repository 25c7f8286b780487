package london.observatory.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import london.observatory.connectors.ConnectorServices;
import london.observatory.connectors.SourceFormats;
import london.observatory.connectors.borough.RecordLocators;
import london.observatory.connectors.datastore.DatastoreResolver;
import london.observatory.connectors.statxplore.StatXploreSettings;
import london.observatory.disclosure.DisclosureControl;
import london.observatory.disclosure.RecordKeyer;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.HttpGetter;
import london.observatory.fetch.RetryPolicy;
import london.observatory.fetch.Sleeper;
import london.observatory.geography.Geography;
import london.observatory.jobs.command.JobCommand;
import london.observatory.jobs.disclosure.DisclosureSecret;
import london.observatory.jobs.failure.ConfigurationException;
import london.observatory.normalise.SpineCrosswalks;
import london.observatory.parquet.ObservationStore;
import london.observatory.parquet.ParquetLayout;
import london.observatory.parquet.SmallTables;
import london.observatory.parquet.WriterOptions;
import london.observatory.publish.DuckDbPublisher;
import london.observatory.release.ReleasePublisher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The engine's parts, built once from {@link ObservatoryProperties}. The job repository's database is
 * {@code repository.JobRepositoryConfiguration}'s.
 */
@Configuration(proxyBeanMethods = false)
class ObservatoryConfiguration {

    /** The system clock, unless one is already registered (tests fix "now" so waits they set are exact). */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Geography geography(ObservatoryProperties properties) {
        return GeographySettings.load(properties.geography());
    }

    @Bean
    SpineCrosswalks spineCrosswalks(Geography geography, ObservatoryProperties properties) {
        ObservatoryProperties.GeographyProperties g = properties.geography();
        return new SpineCrosswalks(geography, g.gpRegistrations(), g.outputAreaLookup());
    }

    @Bean
    RecordLocators recordLocators(Geography geography, ObservatoryProperties properties) {
        ObservatoryProperties.GeographyProperties g = properties.geography();
        return new RecordLocators(
                geography, g.postcodeDirectory(), g.lsoa21Boundaries(), g.oa11Lookup(), g.outputAreaLookup());
    }

    /**
     * Each publish a release, with the shipped perturbation table for the counts made from case lists, and map
     * boundaries made from {@code observatory.geography.lsoa21-boundaries} when it is set.
     */
    @Bean
    ReleasePublisher releasePublisher(ObservatoryProperties properties, Clock clock) {
        int keep = properties.releases().keep();
        if (keep < 1) {
            throw new ConfigurationException(
                    "observatory.releases.keep: " + keep + "; keep at least 1 release (the default is 7)", null);
        }
        Path boundaries = properties.geography().lsoa21Boundaries();
        if (boundaries != null && !Files.isRegularFile(boundaries)) {
            throw new ConfigurationException(
                    "observatory.geography.lsoa21-boundaries: no file at "
                            + boundaries.toAbsolutePath().normalize()
                            + "; set it to the LSOA 2021 boundaries (GeoJSON), or leave it empty for releases without"
                            + " map boundaries",
                    null);
        }
        return new ReleasePublisher(new DuckDbPublisher(), DisclosureControl.standard(), keep, clock, boundaries);
    }

    @Bean
    HttpGetter httpGetter(ObservatoryProperties properties, Clock clock) {
        ObservatoryProperties.HttpProperties http = properties.http();
        return new HttpGetter(http.connectTimeout(), http.requestTimeout(), clock);
    }

    /** One retry policy for every connector: the plain getters, the Datastore resolver and Stat-Xplore. */
    @Bean
    RetryPolicy retryPolicy(ObservatoryProperties properties) {
        ObservatoryProperties.HttpProperties http = properties.http();
        return new RetryPolicy(http.maxAttempts(), http.retryDelay(), http.maxRetryDelay(), true);
    }

    /** A backfill fetches in full whatever the source says ("fetch again"); the other runs conditionally. */
    @Bean
    Fetcher fetcher(ObservatoryProperties properties, HttpGetter http, RetryPolicy retryPolicy, JobCommand command) {
        Fetcher fetcher = new Fetcher(properties.dataDir(), http, retryPolicy);
        return command.isBackfill() ? fetcher.unconditional() : fetcher;
    }

    @Bean
    Secrets secrets(ConfigurableEnvironment environment) {
        return new Secrets(environment);
    }

    /**
     * Dataset documents and their resources, with the run's retries, the keys a private dataset needs and the
     * file hosts a document may name ({@code observatory.http.datastore-hosts}, else the resolver's defaults).
     */
    @Bean
    DatastoreResolver datastoreResolver(
            HttpGetter http, RetryPolicy retryPolicy, Secrets secrets, ObservatoryProperties properties) {
        List<String> hosts = properties.http().datastoreHosts();
        return new DatastoreResolver(
                http,
                retryPolicy,
                Sleeper.REAL,
                secrets,
                hosts == null ? DatastoreResolver.DEFAULT_RESOURCE_HOSTS : hosts);
    }

    /** Stat-Xplore with the run's retries and timeouts; rate-limit waits keep the client's defaults. */
    @Bean
    StatXploreSettings statXploreSettings(ObservatoryProperties properties, RetryPolicy retryPolicy) {
        StatXploreSettings defaults = StatXploreSettings.defaults();
        ObservatoryProperties.HttpProperties http = properties.http();
        return new StatXploreSettings(
                defaults.baseUrl(),
                defaults.apiKeyEnv(),
                retryPolicy,
                defaults.maxRateLimitWaits(),
                defaults.maxRateLimitWait(),
                http.connectTimeout(),
                http.requestTimeout());
    }

    /** Every source format, each built once with what it needs; the nightly job asks it for a feed's format. */
    @Bean
    SourceFormats sourceFormats(
            ObservatoryProperties properties,
            Fetcher fetcher,
            DatastoreResolver datastore,
            StatXploreSettings statXplore,
            Secrets secrets,
            Clock clock,
            Geography geography,
            SpineCrosswalks crosswalks,
            RecordLocators locators) {
        return SourceFormats.standard(new ConnectorServices(
                properties.dataDir(),
                fetcher,
                datastore,
                statXplore,
                secrets,
                clock,
                geography,
                crosswalks,
                locators,
                new RecordKeyer(DisclosureSecret.load(secrets, properties.dataDir()))));
    }

    /**
     * Where the Parquet tables live. Nothing here touches the data directory: what a killed run left half
     * done is settled by the nightly run once it holds the data directory's lock.
     */
    @Bean
    ParquetLayout parquetLayout(ObservatoryProperties properties) {
        return new ParquetLayout(properties.dataDir());
    }

    @Bean
    SmallTables smallTables(ParquetLayout layout) {
        return new SmallTables(layout);
    }

    @Bean
    ObservationStore observationStore(ParquetLayout layout) {
        return new ObservationStore(layout, WriterOptions.DEFAULT, ObservationStore.DEFAULT_MAX_OPEN_WRITERS);
    }
}
