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
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.leftovers.DeadRunLeftovers;
import london.observatory.lineage.RunRecord;
import london.observatory.parquet.ObservationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs the nightly job once. The caller holds the data directory's lock (the {@code nightly} command takes it
 * before the application starts), so whatever a killed run left is settled first: a half-done partition swap
 * is finished or dropped, its temporary files, half-built release and the write-ahead logs beside the published
 * databases are removed ({@link DeadRunLeftovers}), and job executions left running are recovered. Every run is a new job instance
 * identified by its run id (the UTC start time), so a re-run after a failure starts clean from the last good
 * state.
 */
@Component
public class NightlyRunner {

    private static final Logger log = LoggerFactory.getLogger(NightlyRunner.class);
    private static final DateTimeFormatter RUN_ID =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final RunLedger ledger;
    private final ObservationStore store;
    private final Clock clock;
    private final Path dataDir;

    NightlyRunner(
            JobOperator operator,
            JobRepository repository,
            Job nightlyJob,
            RunLedger ledger,
            ObservationStore store,
            Clock clock,
            ObservatoryProperties properties) {
        this.operator = operator;
        this.repository = repository;
        this.job = nightlyJob;
        this.ledger = ledger;
        this.store = store;
        this.clock = clock;
        this.dataDir = properties.dataDir();
    }

    /** What a run did, for the summary and the exit code. */
    public record NightlyResult(
            String runId,
            BatchStatus status,
            List<FeedRun> feeds,
            String publishFailure,
            Map<String, Long> published,
            Path database) {
        public int exitCode() {
            if (publishFailure != null || status == BatchStatus.FAILED) {
                return 2;
            }
            return feeds.stream().anyMatch(f -> f.record() == null || f.record().outcome() == RunRecord.Outcome.FAILED)
                    ? 1
                    : 0;
        }
    }

    public NightlyResult run() {
        recoverWhatAKilledRunLeft();
        Instant startedAt = clock.instant();
        String runId = RUN_ID.format(startedAt);
        ledger.begin(runId, startedAt);
        JobParameters parameters =
                new JobParametersBuilder().addString("run.id", runId).toJobParameters();
        JobExecution execution;
        try {
            execution = operator.start(job, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the nightly job: " + e.getMessage(), e);
        }
        return new NightlyResult(
                runId,
                execution.getStatus(),
                ledger.feeds(),
                ledger.publishFailure(),
                ledger.published(),
                dataDir.resolve("observatory.duckdb"));
    }

    /** Only the lock holder may do this: another run's staging or execution would look abandoned too. */
    private void recoverWhatAKilledRunLeft() {
        try {
            store.recover();
            DeadRunLeftovers.removeFrom(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover the Parquet store in " + dataDir + ": " + e.getMessage(), e);
        }
        for (JobExecution running : repository.findRunningJobExecutions(NightlyJobConfiguration.JOB_NAME)) {
            log.warn("recovering nightly execution {} left running by a process that stopped", running.getId());
            operator.recover(running);
        }
    }
}
