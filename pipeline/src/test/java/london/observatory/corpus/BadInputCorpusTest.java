package london.observatory.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input of the bad-input corpus ({@link BadInputCorpus}, seed {@value BadInputCorpus#SEED}) through the
 * reader the nightly job uses for its format: each must end in a clean read, quarantined rows or one clear
 * line naming the file, within {@link #TIME_BOUND_SECONDS} seconds, and none may crash. A failing input is
 * named as {@code format/base/mutation/seed}; {@link BadInputCorpus#byName} makes it again. The figures
 * table (printed, and quoted in the README) counts the outcomes per format.
 */
class BadInputCorpusTest {

    /** Per input: the slowest real input takes well under a second; a reader that loops meets this. */
    static final long TIME_BOUND_SECONDS = 5;

    @TempDir
    static Path dir;

    private static CorpusReaders readers;
    private static ExecutorService reader;

    @BeforeAll
    static void readers() {
        readers = new CorpusReaders(dir.resolve("data"));
        reader = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stop() {
        reader.shutdownNow();
    }

    @Test
    void theCorpusIsSeededAndSpreadOverEveryFormat() {
        List<CorpusInput> corpus = BadInputCorpus.generate(BadInputCorpus.SEED);
        List<CorpusInput> again = BadInputCorpus.generate(BadInputCorpus.SEED);

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1_000);
        assertThat(corpus.stream().map(CorpusInput::format).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(CorpusFormat.class));
        assertThat(corpus.stream().map(CorpusInput::name).distinct()).hasSameSizeAs(corpus);
        for (int i = 0; i < corpus.size(); i += 97) {
            assertThat(again.get(i).bytes()).isEqualTo(corpus.get(i).bytes());
            assertThat(BadInputCorpus.byName(corpus.get(i).name()).bytes())
                    .isEqualTo(corpus.get(i).bytes());
        }
    }

    @Test
    void everyInputEndsInACleanReadAQuarantinedRowOrAClearErrorWithinItsBoundsAndNoneCrashes() {
        List<CorpusInput> corpus = BadInputCorpus.generate(BadInputCorpus.SEED);
        HeapPeak heap = new HeapPeak();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            outcomes.add(read(i, corpus.get(i), heap));
        }

        String figures = CorpusFigures.table(outcomes);
        System.out.println("Bad-input corpus, seed " + BadInputCorpus.SEED + ":\n" + figures);
        CorpusFigures.write(Path.of("target", "bad-input-corpus"), figures, outcomes);
        Map<String, String> crashes = new TreeMap<>();
        outcomes.stream()
                .filter(o -> o.kind() == Outcome.Kind.CRASH)
                .forEach(o -> crashes.put(o.input().name(), o.why()));
        assertThat(crashes).as("inputs that crashed their reader").isEmpty();
        // zip-slip names (../../evil.csv) are never extracted where they point: no evil.csv beside the inputs or data
        try (java.util.stream.Stream<Path> written = java.nio.file.Files.walk(dir)) {
            assertThat(written.filter(p -> p.getFileName().toString().equals("evil.csv")))
                    .isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // the unmutated samples read as they do every night
        assertThat(outcomes.stream()
                        .filter(o -> o.input().mutation().equals("none"))
                        .filter(o -> o.kind() == Outcome.Kind.CLEAR_ERROR)
                        .map(o -> o.input().name() + ": " + o.why()))
                .isEmpty();
    }

    private static Outcome read(int index, CorpusInput input, HeapPeak heap) {
        Path file = CorpusReaders.write(dir.resolve("inputs"), index, input);
        heap.reset();
        long start = System.nanoTime();
        Future<Long> read = reader.submit(() -> readers.read(input, file));
        try {
            long quarantined = read.get(TIME_BOUND_SECONDS, TimeUnit.SECONDS);
            return outcome(
                    input,
                    quarantined > 0 ? Outcome.Kind.QUARANTINED : Outcome.Kind.CLEAN,
                    quarantined,
                    null,
                    start,
                    heap);
        } catch (TimeoutException e) {
            read.cancel(true);
            return outcome(input, Outcome.Kind.CRASH, 0, "took more than " + TIME_BOUND_SECONDS + " s", start, heap);
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            String crash = ErrorClassifier.crashReason(failure, input, CorpusReaders.feedOf(input));
            return crash == null
                    ? outcome(input, Outcome.Kind.CLEAR_ERROR, 0, failure.getMessage(), start, heap)
                    : outcome(input, Outcome.Kind.CRASH, 0, crash, start, heap);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading " + input.name(), e);
        }
    }

    private static Outcome outcome(
            CorpusInput input, Outcome.Kind kind, long quarantined, String why, long start, HeapPeak heap) {
        return new Outcome(input, kind, quarantined, why, System.nanoTime() - start, heap.bytes());
    }
}
