package london.observatory.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import london.observatory.crash.CrashPoint;
import london.observatory.source.CsvFiles;
import london.observatory.source.RejectedInputException;
import london.observatory.source.Snippet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One fetch of one feed, from the first request to the manifest; holds that fetch's mutable state. */
final class FetchRun {

    private static final Logger LOG = LoggerFactory.getLogger(FetchRun.class);

    private final String feedId;
    private final UrlMasker masker;
    private final Instant fetchedAt;
    private final LandingArea area;
    private final Optional<FeedState> lastCommitted;
    private final boolean reusePending;
    private final RetryingGetter getter;
    private final LandingFilter filter;
    private final List<PageRecord> requests = new ArrayList<>();
    private final List<Path> pages = new ArrayList<>();

    FetchRun(
            String feedId,
            UrlMasker masker,
            Instant fetchedAt,
            LandingArea area,
            Optional<FeedState> lastCommitted,
            boolean reusePending,
            RetryingGetter getter,
            LandingFilter filter) {
        this.feedId = feedId;
        this.masker = masker;
        this.fetchedAt = fetchedAt;
        this.area = area;
        this.lastCommitted = lastCommitted;
        this.reusePending = reusePending;
        this.getter = getter;
        this.filter = filter;
    }

    FetchResult run(PageSequence sequence) {
        String firstUrl = sequence.firstUrl();
        // HttpValidators of another URL say nothing about this one (the feed was re-pointed).
        Optional<FeedState> previous = lastCommitted.filter(state -> state.url().equals(masker.hide(firstUrl)));
        try {
            Optional<FetchResult> pending = reusePending
                    ? area.uncommitted(
                            feedId,
                            masker.hide(firstUrl),
                            previous.map(FeedState::sha256).orElse(null))
                    : Optional.empty();
            area.prepare();
            return landAll(sequence, firstUrl, previous, pending);
        } catch (FetchException e) {
            throw failed(masked(e));
        } catch (IOException e) {
            // A landed file the reader refused says so in its own line; any other failure is cut to a snippet
            // (never the exception's class name, which reads as a crash).
            RejectedInputException rejected = CsvFiles.rejectionIn(e);
            String why = rejected != null
                    ? rejected.forFeed(feedId)
                    : feedId + ": cannot land the response in " + area.dir() + ": "
                            + Snippet.of(String.valueOf(e.getMessage()));
            throw failed(masked(new FetchException(why, e)));
        }
    }

    /**
     * Lands every page. A landing an earlier run made and never committed ({@code pending}) is asked about
     * instead of the last committed fetch: a 304 then means its files are still the source's, and they are
     * ingested as they are, not downloaded again.
     */
    private FetchResult landAll(
            PageSequence sequence, String firstUrl, Optional<FeedState> previous, Optional<FetchResult> pending)
            throws IOException {
        Optional<HttpValidators> pendingValidators = pending.map(
                        p -> p.manifest().requests().get(0))
                .map(first -> new HttpValidators(first.etag(), first.lastModified()))
                .filter(v -> !v.equals(HttpValidators.none()));
        HttpValidators conditional =
                pendingValidators.orElse(previous.map(FeedState::validators).orElse(HttpValidators.none()));
        Optional<String> url = Optional.of(firstUrl);
        while (url.isPresent()) {
            PageResponse response = land(url.get(), pages.isEmpty() ? conditional : HttpValidators.none(), sequence);
            if (response.isNotModified() && pendingValidators.isPresent()) {
                return reused(pending.get());
            }
            if (response.isNotModified()) {
                return unchanged("the source answered 304 Not Modified");
            }
            url = sequence.next(pages.get(pages.size() - 1));
        }
        String combined = StreamingSha256.ofConcatenation(pages);
        if (previous.isPresent() && combined.equals(previous.get().sha256())) {
            return unchanged("the source sent the same bytes as the last committed fetch");
        }
        FetchManifest manifest = manifest(FetchOutcome.LANDED, combined, null);
        AtomicJson.write(area.manifestFile(), manifest);
        LOG.info("{}: landed {} page(s), {} bytes in {}", feedId, pages.size(), manifest.totalBytes(), area.dir());
        return new FetchResult(feedId, FetchOutcome.LANDED, area.dir(), pages, manifest);
    }

    private PageResponse land(String url, HttpValidators conditional, PageSequence sequence) throws IOException {
        int index = requests.size();
        Path file = area.pageFile(index, sequence.fileExtension());
        RetryingGetter.Answer answer =
                filter == null ? getter.get(feedId, masker, url, conditional, file) : filtered(url, conditional, file);
        PageResponse response = answer.response();
        if (response.isNotModified() && (index > 0 || conditional.equals(HttpValidators.none()))) {
            throw new FetchException(
                    feedId + ": GET " + masker.hide(url) + " answered 304 to an unconditional request");
        }
        boolean kept = response.isSuccess();
        requests.add(new PageRecord(
                masker.hide(url),
                response.status(),
                answer.attempts(),
                response.sha256(),
                response.bytes(),
                response.etag(),
                response.lastModified(),
                kept ? file.getFileName().toString() : null));
        if (kept) {
            pages.add(file);
            CrashPoint.MID_FETCH.reach();
        }
        return response;
    }

    /** Downloads outside the data directory and keeps only what the filter writes. */
    private RetryingGetter.Answer filtered(String url, HttpValidators conditional, Path file) throws IOException {
        Path download = Files.createTempFile("observatory-landing-", ".tmp");
        try {
            RetryingGetter.Answer answer = getter.get(feedId, masker, url, conditional, download);
            if (answer.response().isSuccess()) {
                filter.write(download, file, FileUrls.fileName(url));
            }
            return answer;
        } finally {
            Files.deleteIfExists(download);
        }
    }

    private FetchResult reused(FetchResult pending) throws IOException {
        area.remove();
        LOG.info(
                "{}: reusing {}, landed by an earlier run and never committed (the source answered 304 Not Modified)",
                feedId,
                pending.landingDir());
        return pending;
    }

    private FetchResult unchanged(String why) throws IOException {
        area.remove();
        LOG.info("{}: unchanged, {}", feedId, why);
        String sha256 = lastCommitted.map(FeedState::sha256).orElse(null);
        return new FetchResult(
                feedId, FetchOutcome.UNCHANGED, area.dir(), List.of(), manifest(FetchOutcome.UNCHANGED, sha256, null));
    }

    /**
     * The failure with this feed's secret parameters masked too: the getter and the connectors mask the default
     * ones as they write a message, only this run knows the names the feed's descriptor adds.
     */
    private FetchException masked(FetchException failure) {
        String message = failure.getMessage();
        String hidden = masker.hide(message);
        if (hidden == null || hidden.equals(message)) {
            return failure;
        }
        FetchException copy = new FetchException(hidden, failure.getCause());
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** Keeps what arrived, with a FAILED manifest saying why, so the operator can look. */
    private FetchException failed(FetchException failure) {
        try {
            AtomicJson.write(area.manifestFile(), manifest(FetchOutcome.FAILED, null, failure.getMessage()));
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    private FetchManifest manifest(FetchOutcome outcome, String sha256, String error) {
        long totalBytes = requests.stream().mapToLong(PageRecord::bytes).sum();
        return new FetchManifest(feedId, fetchedAt.toString(), outcome, requests, sha256, totalBytes, error);
    }
}
