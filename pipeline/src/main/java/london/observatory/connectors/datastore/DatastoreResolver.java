package london.observatory.connectors.datastore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.FileUrls;
import london.observatory.fetch.HttpGetter;
import london.observatory.fetch.HttpValidators;
import london.observatory.fetch.PageGetter;
import london.observatory.fetch.PageResponse;
import london.observatory.fetch.RetryPolicy;
import london.observatory.fetch.RetryingGetter;
import london.observatory.fetch.Sleeper;
import london.observatory.fetch.UrlMasker;

/**
 * Finds the file a Datastore feed should read: GETs the dataset document, picks a resource by the
 * feed's {@link ResourceRule} and makes its URL absolute. Retries and failure messages are the fetch
 * layer's ({@link RetryingGetter}); redirects ({@code 307} to {@code /api/v2/...}) are followed.
 *
 * <p>Live: {@code GET {base}/api/dataset/{id}}. A private dataset's key is read from the environment
 * variable the descriptor names and sent as {@code Authorization} to the base's origin only.
 *
 * <p>Offline, the base is a {@code file:} directory laid out like the site:
 * <pre>
 *   {base}/api/dataset/{id}.json              the dataset document, as the API returns it
 *   {base}/download/{id}/{resource-id}/{file} the resource files (any path the document names)
 * </pre>
 * A resource URL in the document may be absolute or relative; a relative one is resolved against the
 * base directory (not the {@code api/dataset} folder), so {@code "url": "download/x/r1/data.csv"} works
 * wherever the directory is.
 *
 * <p>Resource URLs are written by the dataset's publisher, so they are checked before anything is fetched
 * ({@link ResourceUrls}): a remote document may only name {@code https} resources (or {@code http} when it
 * came over {@code http} itself) on its own host or on an allowed file host, never a {@code file:}; an
 * offline document may only name files inside its own folder. The allowed file hosts are a constructor
 * parameter; by default {@link #DEFAULT_RESOURCE_HOSTS}: the site itself and the storage bucket its
 * download links lead to.
 */
public final class DatastoreResolver {

    /** Where London Datastore resources are served from: the site, and the file host it hands downloads to. */
    public static final List<String> DEFAULT_RESOURCE_HOSTS =
            List.of("data.london.gov.uk", "airdrive-secure.s3-eu-west-1.amazonaws.com");

    static final String AUTHORIZATION = "Authorization";
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    private final HttpGetter http;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final UnaryOperator<String> environment;
    private final ResourceUrls resourceUrls;

    /** With the {@link #DEFAULT_RESOURCE_HOSTS}; {@code environment} looks up a variable by name ({@code System::getenv}). */
    public DatastoreResolver(HttpGetter http, RetryPolicy policy, Sleeper sleeper, UnaryOperator<String> environment) {
        this(http, policy, sleeper, environment, DEFAULT_RESOURCE_HOSTS);
    }

    /**
     * @param resourceHosts host names a remote dataset document may name resources on, besides its own host
     * @throws IllegalArgumentException when an entry is not a plain host name
     */
    public DatastoreResolver(
            HttpGetter http,
            RetryPolicy policy,
            Sleeper sleeper,
            UnaryOperator<String> environment,
            Collection<String> resourceHosts) {
        this.http = http;
        this.policy = policy;
        this.sleeper = sleeper;
        this.environment = environment;
        this.resourceUrls = new ResourceUrls(resourceHosts);
    }

    /**
     * The resource {@code source}'s rule picks, and where to GET it.
     *
     * @throws FetchException one line: the dataset could not be fetched, is not a dataset document,
     *                        has no resource matching the rule (the message lists those it has), or names
     *                        the chosen resource at a URL it may not ({@link ResourceUrls})
     */
    public ResolvedResource resolve(String feedId, DatastoreSource source) {
        return resolve(feedId, source, UrlMasker.standard());
    }

    /** As {@link #resolve(String, DatastoreSource)}, URLs in messages and logs masked by {@code masker}. */
    public ResolvedResource resolve(String feedId, DatastoreSource source, UrlMasker masker) {
        String url = datasetUrl(source);
        DatastoreDataset dataset = fetchDataset(feedId, source, url, masker);
        DatastoreResource chosen;
        try {
            chosen = source.resource().choose(dataset);
        } catch (IllegalArgumentException e) {
            throw new FetchException(feedId + ": dataset " + source.dataset() + ": " + e.getMessage());
        }
        if (chosen.url() == null) {
            throw new FetchException(
                    feedId + ": dataset " + source.dataset() + ": resource " + chosen.id() + " has no url");
        }
        String resourceUrl;
        try {
            resourceUrl = resourceUrls.resolve(source.baseUrl(), chosen.url());
        } catch (IllegalArgumentException e) {
            throw new FetchException(
                    feedId + ": dataset " + source.dataset() + ": resource " + chosen.id() + "'s " + e.getMessage());
        }
        return new ResolvedResource(masker.hide(url), dataset, chosen, resourceUrl);
    }

    /** The getter for this source's requests: with its API key when the dataset is private. */
    PageGetter getterFor(String feedId, DatastoreSource source) {
        String variable = source.authorizationEnv();
        if (variable == null || variable.isBlank()) {
            return http;
        }
        String key = environment.apply(variable);
        if (key == null || key.isBlank()) {
            throw new FetchException(feedId + ": environment variable " + variable + " is not set; dataset "
                    + source.dataset() + " is private and needs its Datastore API key there");
        }
        return http.withOriginHeader(AUTHORIZATION, key.strip());
    }

    RetryPolicy policy() {
        return policy;
    }

    Sleeper sleeper() {
        return sleeper;
    }

    private DatastoreDataset fetchDataset(String feedId, DatastoreSource source, String url, UrlMasker masker) {
        RetryingGetter getter = new RetryingGetter(getterFor(feedId, source), policy, sleeper);
        Path file = null;
        try {
            file = Files.createTempFile("datastore-dataset-", ".json");
            PageResponse response =
                    getter.get(feedId, masker, url, HttpValidators.none(), file).response();
            if (!response.isSuccess()) {
                throw new FetchException(feedId + ": GET " + masker.hide(url) + " answered " + response.status()
                        + " to an unconditional request");
            }
            return DatastoreDataset.parse(file);
        } catch (IllegalArgumentException e) {
            throw new FetchException(
                    feedId + ": dataset " + source.dataset() + " from " + masker.hide(url) + " " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(feedId + ": cannot read the dataset document of " + source.dataset(), e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** {@code {base}/api/dataset/{id}}, or {@code {base}/api/dataset/{id}.json} for a {@code file:} base. */
    static String datasetUrl(DatastoreSource source) {
        String base = withoutTrailingSlash(source.baseUrl());
        return base + "/api/dataset/" + source.dataset() + (FileUrls.isFile(base) ? ".json" : "");
    }

    /**
     * {@code url} as is when absolute, else resolved against the base (a directory for {@code file:}); not
     * checked: {@link ResourceUrls} decides whether the result may be fetched.
     */
    static String resourceUrl(String baseUrl, String url) {
        if (SCHEME.matcher(url).matches()) {
            return url;
        }
        String base = withoutTrailingSlash(baseUrl) + "/";
        URI baseUri = URI.create(base);
        if (baseUri.isOpaque()) { // file:relative/dir/ - URI resolution does not apply
            return base + (url.startsWith("/") ? url.substring(1) : url);
        }
        return baseUri.resolve(url).toString();
    }

    private static String withoutTrailingSlash(String url) {
        String s = url.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans its temp folder
            }
        }
    }
}
