package london.observatory.jobs.nightly;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * SIGTERM (a service manager stopping the process, a container's shutdown) during a nightly run: the job is asked
 * to stop, which its steps do at their next chunk boundary, and the process waits for that before the application
 * closes, so nothing is cut mid-write and the next run redoes only what was not committed. The process's own
 * shutdown hook does this (the command line leaves Spring's out, which would close the job repository under the
 * running job). Without a run in progress the application just closes.
 */
@Component
public class GracefulStop implements DisposableBean {

    /** How long a stop waits for the steps to reach a chunk boundary before the process ends anyway. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final ConfigurableApplicationContext context;
    private final Thread hook = new Thread(this::stop, "observatory-graceful-stop");
    private volatile CountDownLatch running;

    GracefulStop(JobOperator operator, JobRepository repository, ConfigurableApplicationContext context) {
        this.operator = operator;
        this.repository = repository;
        this.context = context;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Runs {@code run} (a nightly run and its summary); a stop meanwhile waits for it to end. */
    public void during(Runnable run) {
        CountDownLatch done = new CountDownLatch(1);
        running = done;
        try {
            run.run();
        } finally {
            running = null;
            done.countDown();
        }
    }

    /** Looked up as it prints: during a run on a terminal, the console is routed round the progress line. */
    private static PrintStream out() {
        return System.out;
    }

    private void stop() {
        CountDownLatch done = running;
        if (done != null) {
            out().println("observatory: asked to stop: the nightly run stops at its next chunk boundary");
            for (String job : NightlyJobConfiguration.JOB_NAMES) {
                for (JobExecution execution : repository.findRunningJobExecutions(job)) {
                    try {
                        operator.stop(execution);
                    } catch (Exception e) {
                        log.warn("cannot ask {} execution {} to stop: {}", job, execution.getId(), e.getMessage());
                    }
                }
            }
            try {
                if (done.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                    out().println(
                                    "observatory: stopped at a chunk boundary; the next run redoes what was not committed");
                } else {
                    out().println("observatory: the run did not stop within " + PATIENCE.toSeconds()
                            + " s; ending anyway (the next run recovers, as after a crash)");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        context.close();
    }

    @Override
    public void destroy() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the process is shutting down: this hook is the one closing the application
        }
    }
}
