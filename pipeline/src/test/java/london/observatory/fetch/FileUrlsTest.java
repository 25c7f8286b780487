package london.observatory.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileUrlsTest {

    @Test
    void relativeFileUrlResolvesAgainstTheWorkingDirectory() {
        assertThat(FileUrls.toPath("file:data-samples/nomis/claimant-count", Path.of("/srv/observatory")))
                .isEqualTo(Path.of("/srv/observatory/data-samples/nomis/claimant-count"));
    }

    @Test
    void absoluteFileUrlIsTakenAsIs() {
        assertThat(FileUrls.toPath("file:/data/in/x.csv", Path.of("/srv"))).isEqualTo(Path.of("/data/in/x.csv"));
        assertThat(FileUrls.toPath("file:///data/in/x.csv", Path.of("/srv"))).isEqualTo(Path.of("/data/in/x.csv"));
    }

    @Test
    void onlyFileSchemeCountsAsFile() {
        assertThat(FileUrls.isFile("FILE:/x")).isTrue();
        assertThat(FileUrls.isFile("https://x")).isFalse();
    }
}
