package london.observatory.jobs.schedule;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.jobs.ObservatoryProperties.ScheduleProperties;
import london.observatory.jobs.failure.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * {@code observatory serve}'s schedule: the nightly run on {@code observatory.schedule.cron} in
 * {@code observatory.schedule.zone}, once per local day ({@link OncePerLocalDay}), one at a time (one scheduler
 * thread, and the data directory's lock against every other run). Off with {@code observatory.schedule.enabled=false},
 * for a server that should only serve (a second instance, say). Not a component: only {@code web.ServeApplication}
 * imports it, so the nightly application (whose scan covers this package) never schedules a run of its own.
 */
@ConditionalOnProperty(name = "observatory.schedule.enabled", havingValue = "true", matchIfMissing = true)
public class ScheduleConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScheduleConfiguration.class);

    @Bean
    OncePerLocalDay nightlySchedule(ObservatoryProperties properties) {
        ScheduleProperties schedule = properties.schedule();
        try {
            return new OncePerLocalDay(schedule.cron(), schedule.zone());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(
                    "observatory.schedule.cron: '" + schedule.cron() + "' is not a cron expression (six fields: second"
                            + " minute hour day-of-month month day-of-week, as in 0 30 2 * * *): " + e.getMessage(),
                    e);
        }
    }

    @Bean
    ScheduledNightly scheduledNightly(ObservatoryProperties properties, ApplicationArguments arguments, Clock clock) {
        List<String> command = NightlyProcess.command(
                System.getProperty("java.home"),
                System.getProperty("java.class.path"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                List.of(arguments.getSourceArgs()));
        return new ScheduledNightly(
                new NightlyProcess(command, properties.schedule().maxDuration()),
                new ScheduleLog(properties.dataDir()),
                clock);
    }

    /** One thread: a run that outlasts a day delays the next rather than overlapping it. */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskScheduler nightlyScheduler(
            OncePerLocalDay schedule, ScheduledNightly nightly, ObservatoryProperties properties, Clock clock) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("nightly-schedule-");
        scheduler.setClock(clock);
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.initialize();
        scheduler.schedule(nightly, schedule);
        Instant next = schedule.next(clock.instant(), null);
        log.info(
                "nightly run scheduled: '{}' in {}, exactly once per local day; the next at {}",
                properties.schedule().cron(),
                properties.schedule().zone(),
                next.atZone(properties.schedule().zone()));
        return scheduler;
    }
}
