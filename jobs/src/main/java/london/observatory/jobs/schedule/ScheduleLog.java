package london.observatory.jobs.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scheduled runs of a data directory, one JSON object a line in {@code state/scheduled-runs.jsonl}, appended as
 * each ends: what {@code observatory history} shows beside the feeds' runs, skipped runs included (a skipped run
 * has no feed to record it under).
 */
public final class ScheduleLog {

    static final String FILE = "scheduled-runs.jsonl";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;

    public ScheduleLog(Path dataDir) {
        this.file = dataDir.resolve("state").resolve(FILE);
    }

    public synchronized void append(ScheduledRun run) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    JSON.writeValueAsString(run) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the scheduled run in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The last {@code n} runs, newest first; a line that cannot be read (a crash mid-write) is left out. */
    public List<ScheduledRun> last(int n) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<ScheduledRun> runs = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0 && runs.size() < n; i--) {
            try {
                runs.add(JSON.readValue(lines.get(i), ScheduledRun.class));
            } catch (JacksonException e) {
                // a torn last line: the run it described ended with the process that wrote it
            }
        }
        return runs;
    }
}
