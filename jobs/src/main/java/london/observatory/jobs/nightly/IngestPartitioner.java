package london.observatory.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Shares a feed's landed pages among the ingest workers: contiguous runs of pages of about equal
 * bytes, so each worker reads its files in source order and the machine's cores are all busy. Each worker's
 * share is kept with the feed's run, and its step context names only the feed and the worker: a worker run again
 * in a restarted backfill is given its last context back by Spring Batch, whose pages would be the failed run's.
 */
final class IngestPartitioner implements Partitioner {

    static final String FEED = "feed";
    static final String WORKER = "worker";

    private final String feedId;
    private final RunLedger ledger;

    IngestPartitioner(String feedId, RunLedger ledger) {
        this.feedId = feedId;
        this.ledger = ledger;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        FeedRun run = ledger.feed(feedId);
        List<List<Path>> groups = split(run.landed().pages(), gridSize);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        Map<String, List<Path>> shares = new LinkedHashMap<>();
        for (int w = 0; w < groups.size(); w++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(FEED, feedId);
            context.putString(WORKER, "w" + w);
            partitions.put("w" + w, context);
            shares.put("w" + w, groups.get(w));
        }
        run.shareOut(shares);
        return partitions;
    }

    /** Contiguous groups of roughly equal size in bytes; never more groups than pages (and at least one). */
    static List<List<Path>> split(List<Path> pages, int gridSize) {
        long total = 0;
        for (Path page : pages) {
            total += size(page);
        }
        int groups = Math.max(1, Math.min(gridSize, pages.size()));
        List<List<Path>> result = new ArrayList<>();
        List<Path> current = new ArrayList<>();
        long done = 0;
        for (Path page : pages) {
            current.add(page);
            done += size(page);
            boolean full = done * groups >= total * (result.size() + 1);
            if (full && result.size() < groups - 1) {
                result.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty() || result.isEmpty()) {
            result.add(current);
        }
        return result;
    }

    private static long size(Path page) {
        try {
            return Files.size(page);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot size landed page " + page, e);
        }
    }
}
