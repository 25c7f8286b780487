package london.observatory.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStateStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void savedStateIsLoadedBack() {
        FeedStateStore store = new FeedStateStore(dataDir);
        FeedState state =
                new FeedState("https://x/y.csv?recordoffset=0", "\"v1\"", "Sat, 01 Jun 2024 00:00:00 GMT", "ab12");

        store.save("nomis-claimant-count", state);

        assertThat(store.load("nomis-claimant-count")).contains(state);
        assertThat(dataDir.resolve("state"))
                .isDirectoryContaining("glob:**/nomis-claimant-count.json")
                .isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void feedNeverSavedHasNoState() {
        assertThat(new FeedStateStore(dataDir).load("nomis-claimant-count")).isEmpty();
    }

    @Test
    void unreadableStateMeansFetchInFull() throws Exception {
        Files.createDirectories(dataDir.resolve("state"));
        Files.writeString(dataDir.resolve("state/nomis-claimant-count.json"), "{ half a fi");

        assertThat(new FeedStateStore(dataDir).load("nomis-claimant-count")).isEmpty();
    }
}
