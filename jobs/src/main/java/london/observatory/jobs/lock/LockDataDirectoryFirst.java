package london.observatory.jobs.lock;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import london.observatory.jobs.command.JobCommand;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;

/**
 * Takes the data directory's lock for the job commands ({@code nightly}, {@code run}, {@code backfill}; see
 * {@link JobCommand}) as soon as the configuration is known and before any bean exists, waiting for it first when
 * the command says {@code --wait}, so nothing (the job repository's file database, the Parquet store's recovery of a
 * half-done commit) touches {@code data/} while another run is using it; releases it when the application
 * has stopped (or failed to start). Registered in {@code META-INF/spring.factories}, so every way of starting the application has it.
 */
public final class LockDataDirectoryFirst implements GenericApplicationListener {

    private DataDirectoryLock lock;
    private boolean releasedWithContext;

    @Override
    public boolean supportsEventType(ResolvableType eventType) {
        Class<?> type = eventType.getRawClass();
        return type != null
                && (ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                        || ApplicationPreparedEvent.class.isAssignableFrom(type)
                        || ApplicationFailedEvent.class.isAssignableFrom(type));
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            // A job command written wrongly stops here, in one line, before it could wait for or take the lock.
            Optional<JobCommand> command = JobCommand.of(prepared.getArgs());
            if (command.isPresent()) {
                Binder settings = Binder.get(prepared.getEnvironment());
                Path dataDir = settings.bind("observatory.data-dir", Path.class).orElse(Path.of("data"));
                lock = command.get().waitForLock()
                        ? await(dataDir, LockWait.of(settings))
                        : DataDirectoryLock.acquire(dataDir);
            }
        } else if (event instanceof ApplicationPreparedEvent prepared
                && lock != null
                && prepared.getApplicationContext().getBeanFactory() instanceof DefaultSingletonBeanRegistry beans) {
            // Released as the last bean is destroyed (the first registered), not when closing begins: the job
            // repository's file database is still open then, and a run waiting for the lock would find it in use.
            beans.registerDisposableBean(LockDataDirectoryFirst.class.getName(), this::release);
            releasedWithContext = true;
        } else if (event instanceof ApplicationFailedEvent && !releasedWithContext) {
            release(); // failed before the context could take it over
        }
    }

    private synchronized void release() {
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    private static DataDirectoryLock await(Path dataDir, Duration atMost) {
        PrintStream out = System.out;
        return DataDirectoryLock.await(dataDir, atMost, file -> out.println(LockWait.waitingLine(file, atMost)));
    }

    /** After the configuration files and logging are set up, so the data directory is the configured one. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
