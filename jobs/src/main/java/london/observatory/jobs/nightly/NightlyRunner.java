package london.observatory.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.jobs.command.JobCommand;
import london.observatory.leftovers.DeadRunLeftovers;
import london.observatory.lineage.RunRecord;
import london.observatory.parquet.ObservationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs the job the command asked for once. The caller holds the data directory's lock (the job commands take it
 * before the application starts), so whatever a killed run left is settled first: a half-done partition swap
 * is finished or dropped, its temporary files, half-built release and the write-ahead logs beside the published
 * databases are removed ({@link DeadRunLeftovers}), and job executions left running are recovered. Every nightly
 * run (and {@code run <feed>}) is a new job instance identified by its run id (the UTC start time), so a re-run
 * after a failure starts clean from the last good state. A backfill's job instance is identified by its feed and
 * the first and last day of its periods, its run id a parameter that does not identify it: the same backfill
 * again is nothing to do once it completed ({@link #alreadyDone}), and a restart of the failed execution when it
 * did not (Spring Batch's restart: what completed is not redone).
 */
@Component
public class NightlyRunner {

    /** The job parameter holding the run id: identifying for a nightly run, not for a backfill. */
    static final String RUN_ID = "run.id";

    private static final Logger log = LoggerFactory.getLogger(NightlyRunner.class);
    private static final DateTimeFormatter RUN_IDS =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ENDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final JobCommand command;
    private final RunLedger ledger;
    private final ObservationStore store;
    private final Clock clock;
    private final Path dataDir;

    NightlyRunner(
            JobOperator operator,
            JobRepository repository,
            Job nightlyJob,
            JobCommand command,
            RunLedger ledger,
            ObservationStore store,
            Clock clock,
            ObservatoryProperties properties) {
        this.operator = operator;
        this.repository = repository;
        this.job = nightlyJob;
        this.command = command;
        this.ledger = ledger;
        this.store = store;
        this.clock = clock;
        this.dataDir = properties.dataDir();
    }

    /**
     * What a run did, for the summary and the exit code.
     *
     * @param restartOf the run id of the failed execution this run restarted; null when it started afresh
     * @param committedEarlier feeds an earlier execution committed, so a restart did not redo them, by feed id → run id
     */
    public record NightlyResult(
            JobCommand command,
            String runId,
            String restartOf,
            BatchStatus status,
            List<FeedRun> feeds,
            Map<String, String> committedEarlier,
            String publishFailure,
            Map<String, Long> published,
            Path database) {
        public int exitCode() {
            boolean feedFailed = feeds.stream()
                    .anyMatch(f -> f.record() == null || f.record().outcome() == RunRecord.Outcome.FAILED);
            // A failed feed fails a backfill (so that it can be restarted); that is still "a feed failed".
            if (publishFailure != null || (status == BatchStatus.FAILED && !(command.isBackfill() && feedFailed))) {
                return 2;
            }
            return feedFailed ? 1 : 0;
        }
    }

    /**
     * For a backfill that completed before (its job instance has a completed execution): the one line saying so,
     * e.g. {@code backfill of nomis-claimant-count 2025-10-01..2025-10-31 already completed in run
     * 20261207T020000000Z at 2026-12-07 02:00:04; nothing to do}. Empty for anything else.
     */
    public Optional<String> alreadyDone() {
        return executionsOfThisBackfill().stream()
                .filter(e -> e.getStatus() == BatchStatus.COMPLETED)
                .findFirst()
                .map(done -> command.describe() + " already completed in run "
                        + done.getJobParameters().getString(RUN_ID) + " at "
                        + ENDED.format(done.getEndTime()) + "; nothing to do");
    }

    public NightlyResult run() {
        recoverWhatAKilledRunLeft();
        Instant startedAt = clock.instant();
        String runId = RUN_IDS.format(startedAt);
        ledger.begin(runId, startedAt);
        // The execution a backfill restarts: its last, which failed or was stopped (one that completed ends earlier).
        String restartOf = executionsOfThisBackfill().stream()
                .findFirst()
                .map(last -> last.getJobParameters().getString(RUN_ID))
                .orElse(null);
        JobExecution execution;
        try {
            execution = operator.start(job, parameters(runId));
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the " + job.getName() + " job: " + e.getMessage(), e);
        }
        return new NightlyResult(
                command,
                runId,
                restartOf,
                execution.getStatus(),
                ledger.feeds(),
                ledger.committedEarlier(),
                ledger.publishFailure(),
                ledger.published(),
                dataDir.resolve("observatory.duckdb"));
    }

    /** A nightly run: its run id. A backfill: its feed and period range, with the run id beside them. */
    private JobParameters parameters(String runId) {
        if (!command.isBackfill()) {
            return new JobParametersBuilder().addString(RUN_ID, runId).toJobParameters();
        }
        return new JobParametersBuilder(backfillIdentity())
                .addString(RUN_ID, runId, false)
                .toJobParameters();
    }

    private JobParameters backfillIdentity() {
        return new JobParametersBuilder()
                .addString("feed", command.feed())
                .addLocalDate("from", command.periods().first())
                .addLocalDate("to", command.periods().last())
                .toJobParameters();
    }

    /** The executions of this backfill's job instance, newest first; none for a nightly run or a new backfill. */
    private List<JobExecution> executionsOfThisBackfill() {
        if (!command.isBackfill()) {
            return List.of();
        }
        JobInstance instance = repository.getJobInstance(job.getName(), backfillIdentity());
        if (instance == null) {
            return List.of();
        }
        return repository.getJobExecutions(instance).stream()
                .sorted((a, b) -> Long.compare(b.getId(), a.getId()))
                .toList();
    }

    /** Only the lock holder may do this: another run's staging or execution would look abandoned too. */
    private void recoverWhatAKilledRunLeft() {
        try {
            store.recover();
            DeadRunLeftovers.removeFrom(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover the Parquet store in " + dataDir + ": " + e.getMessage(), e);
        }
        for (String name : NightlyJobConfiguration.JOB_NAMES) {
            for (JobExecution running : repository.findRunningJobExecutions(name)) {
                log.warn("recovering {} execution {} left running by a process that stopped", name, running.getId());
                operator.recover(running);
            }
        }
    }
}
