package london.observatory.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

/**
 * The schedule across both of 2026's clock changes in London (29 March, 25 October), with the clock moved by the
 * test: every configured time from 00:00 to 03:59 runs exactly once on every local day, whatever a run lasts.
 */
class OncePerLocalDayTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate SPRING = LocalDate.of(2026, 3, 29);
    private static final LocalDate AUTUMN = LocalDate.of(2026, 10, 25);

    @Test
    void everyTimeFromMidnightTo0359RunsExactlyOnceOnEveryLocalDayOf2026() {
        List<String> wrong = new ArrayList<>();
        for (int minute = 0; minute < 4 * 60; minute += 5) {
            LocalTime time = LocalTime.of(minute / 60, minute % 60);
            for (Duration lasting : List.of(Duration.ZERO, Duration.ofMinutes(20), Duration.ofMinutes(50))) {
                Map<LocalDate, Integer> runs = runsPerLocalDay(time, lasting);
                for (LocalDate day = LocalDate.of(2026, 1, 2);
                        day.isBefore(LocalDate.of(2027, 1, 1));
                        day = day.plusDays(1)) {
                    if (runs.getOrDefault(day, 0) != 1) {
                        wrong.add(time + " lasting " + lasting + ": " + runs.getOrDefault(day, 0) + " runs on " + day);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aTimeTheSpringChangeRemovesRunsAsMuchLaterAsTheGapIsLong() {
        OncePerLocalDay schedule = new OncePerLocalDay("0 30 1 * * *", LONDON);

        Instant run = schedule.next(at(SPRING, "00:00"), null);

        assertThat(run.atZone(LONDON).toLocalDateTime()).hasToString("2026-03-29T02:30");
        assertThat(schedule.next(run.plusSeconds(60), run).atZone(LONDON).toLocalDateTime())
                .hasToString("2026-03-30T01:30");
    }

    @Test
    void aTimeTheAutumnChangeRepeatsRunsAtItsFirstOccurrenceOnly() {
        OncePerLocalDay schedule = new OncePerLocalDay("0 30 1 * * *", LONDON);

        Instant run = schedule.next(at(AUTUMN, "00:00"), null);
        // the run ends at 01:10 GMT, in the repeated hour, before 01:30 comes round again
        Instant ended = run.plus(Duration.ofMinutes(40));

        assertThat(run).isEqualTo(Instant.parse("2026-10-25T00:30:00Z")); // 01:30 BST
        assertThat(ended.atZone(LONDON).toLocalTime()).hasToString("01:10");
        assertThat(schedule.next(ended, run)).isEqualTo(Instant.parse("2026-10-26T01:30:00Z"));
    }

    /** Why this class exists: Spring's cron, stepping through zoned times, misses one day and doubles another. */
    @Test
    void springsOwnCronSkipsTheSpringDayAndDoublesTheAutumnOne() {
        CronExpression cron = CronExpression.parse("0 30 1 * * *");
        Map<LocalDate, Integer> runs = new TreeMap<>();
        ZonedDateTime now = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, LONDON);
        while (now.getYear() == 2026) {
            now = cron.next(now);
            runs.merge(now.toLocalDate(), 1, Integer::sum);
        }

        assertThat(runs.getOrDefault(SPRING, 0)).isZero();
        assertThat(runs.get(AUTUMN)).isEqualTo(2);
    }

    /** Runs from 1 January 2026 to the end of the year, each lasting {@code lasting}, counted by local day. */
    private static Map<LocalDate, Integer> runsPerLocalDay(LocalTime time, Duration lasting) {
        OncePerLocalDay schedule =
                new OncePerLocalDay("0 " + time.getMinute() + " " + time.getHour() + " * * *", LONDON);
        Map<LocalDate, Integer> runs = new TreeMap<>();
        Instant now = at(LocalDate.of(2026, 1, 1), "12:00");
        Instant last = null;
        Instant end = at(LocalDate.of(2027, 1, 1), "00:00");
        while (true) {
            Instant run = schedule.next(now, last);
            if (!run.isBefore(end)) {
                return runs;
            }
            runs.merge(run.atZone(LONDON).toLocalDate(), 1, Integer::sum);
            last = run;
            now = run.plus(lasting);
        }
    }

    private static Instant at(LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), LONDON).toInstant();
    }
}
