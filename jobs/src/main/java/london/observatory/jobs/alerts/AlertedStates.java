package london.observatory.jobs.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import london.observatory.freshness.FeedState;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state each feed was last announced in ({@code state/alerts.json}), so a run alerts on changes only. A state is
 * written only once its message was delivered: a message lost to a down webhook is sent by the next run.
 */
final class AlertedStates {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final Map<String, FeedState> states;

    private AlertedStates(Path file, Map<String, FeedState> states) {
        this.file = file;
        this.states = states;
    }

    static AlertedStates load(Path dataDir) {
        Path file = dataDir.resolve("state").resolve("alerts.json");
        Map<String, FeedState> states = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try {
                JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() {})
                        .forEach((feed, state) -> states.put(feed, FeedState.valueOf(state.toUpperCase(Locale.ROOT))));
            } catch (JacksonException | IllegalArgumentException e) {
                // unreadable (a crash mid-write cannot leave one: it is replaced whole): start again from nothing
            }
        }
        return new AlertedStates(file, states);
    }

    /** Null for a feed never seen. */
    FeedState of(String feed) {
        return states.get(feed);
    }

    synchronized void record(String feed, FeedState state) {
        states.put(feed, state);
        Map<String, String> labels = new TreeMap<>();
        states.forEach((f, s) -> labels.put(f, s.label()));
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(".alerts.json.next");
            JSON.writeValue(next.toFile(), labels);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | JacksonException e) {
            throw new UncheckedIOException(
                    "cannot record the alerted states in " + file,
                    e instanceof IOException io ? io : new IOException(e));
        }
    }
}
