package london.observatory.jobs.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import london.observatory.jobs.command.JobCommand.Kind;
import london.observatory.period.PeriodSpan;
import org.junit.jupiter.api.Test;

class JobCommandTest {

    private static final String USAGE = " (" + JobCommand.USAGE + ")";
    private static final String FORMS = "YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD (2024, 2024-06, 2024-Q2, 2024-06-30)";

    @Test
    void aBackfillReadsItsFeedAndPeriodsWhereverTheSettingsAre() {
        JobCommand command = JobCommand.of(
                        "--observatory.data-dir=/x",
                        "backfill",
                        "--from",
                        "2023-01",
                        "feed-a",
                        "--to=2023-Q4",
                        "--wait")
                .orElseThrow();

        assertThat(command)
                .isEqualTo(new JobCommand(
                        Kind.BACKFILL,
                        "feed-a",
                        new PeriodSpan(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
                        true));
        assertThat(command.describe()).isEqualTo("backfill of feed-a 2023-01-01..2023-12-31");
    }

    @Test
    void aYearForBothBoundsIsTheWholeYear() {
        assertThat(JobCommand.of("backfill", "f", "--from", "2024", "--to", "2024")
                        .orElseThrow()
                        .periods())
                .isEqualTo(new PeriodSpan(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void nightlyAndRunTakeNoPeriods() {
        assertThat(JobCommand.of("nightly", "--observatory.feed-ids=a,b")).contains(JobCommand.NIGHTLY);
        assertThat(JobCommand.of("run", "feed-a", "--wait")).contains(new JobCommand(Kind.RUN, "feed-a", null, true));
    }

    @Test
    void otherWordsAreNoJobCommand() {
        assertThat(JobCommand.of()).isEmpty();
        assertThat(JobCommand.of("--observatory.data-dir=x")).isEmpty();
        assertThat(JobCommand.of("serve", "--server.port=0")).isEmpty();
        assertThat(JobCommand.of("nightlyy")).isEmpty();
    }

    @Test
    void aJobCommandWrittenWronglyIsOneLineWithTheUsage() {
        assertRefused("observatory backfill needs a feed", "backfill", "--from", "2024", "--to", "2024");
        assertRefused("observatory run takes one feed, not a b", "run", "a", "b");
        assertRefused("observatory nightly takes no feed, not a (observatory run <feed> runs one)", "nightly", "a");
        assertRefused("observatory run takes no periods (--from, --to): a backfill does", "run", "a", "--from", "2024");
        assertRefused(
                "observatory backfill needs the periods to fetch again: --from <period> --to <period>, each " + FORMS,
                "backfill",
                "a",
                "--from",
                "--to",
                "2024");
        assertRefused(
                "observatory backfill malformed period \"2024-13\": write " + FORMS,
                "backfill",
                "a",
                "--from",
                "2024-13",
                "--to",
                "2024");
        assertRefused(
                "observatory backfill --from 2024-07 starts after --to 2024-06 ends",
                "backfill",
                "a",
                "--from",
                "2024-07",
                "--to",
                "2024-06");
    }

    private static void assertRefused(String line, String... args) {
        assertThatThrownBy(() -> JobCommand.of(args))
                .isInstanceOf(UsageException.class)
                .hasMessage(line + USAGE);
    }
}
