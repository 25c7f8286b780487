package london.observatory.jobs.lock;

import java.nio.file.Path;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;

/**
 * Takes the data directory's lock for the {@code nightly} command as soon as the configuration is known and
 * before any bean exists, so nothing (the job repository's file database, the Parquet store's recovery of a
 * half-done commit) touches {@code data/} while another run is using it; releases it when the application
 * stops. Registered in {@code META-INF/spring.factories}, so every way of starting the application has it.
 */
public final class LockDataDirectoryFirst implements GenericApplicationListener {

    static final String COMMAND = "nightly";

    private DataDirectoryLock lock;

    @Override
    public boolean supportsEventType(ResolvableType eventType) {
        Class<?> type = eventType.getRawClass();
        return type != null
                && (ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                        || ContextClosedEvent.class.isAssignableFrom(type)
                        || ApplicationFailedEvent.class.isAssignableFrom(type));
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            if (new DefaultApplicationArguments(prepared.getArgs())
                    .getNonOptionArgs()
                    .contains(COMMAND)) {
                Path dataDir = Binder.get(prepared.getEnvironment())
                        .bind("observatory.data-dir", Path.class)
                        .orElse(Path.of("data"));
                lock = DataDirectoryLock.acquire(dataDir);
            }
        } else if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    /** After the configuration files and logging are set up, so the data directory is the configured one. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
