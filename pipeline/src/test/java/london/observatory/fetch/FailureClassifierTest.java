package london.observatory.fetch;

import static london.observatory.fetch.FailureClassifier.Verdict.PERMANENT;
import static london.observatory.fetch.FailureClassifier.Verdict.RETRY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {

    private final FailureClassifier classifier = new FailureClassifier();

    @Test
    void http404IsPermanent() {
        assertThat(classifier.classify(404)).isEqualTo(PERMANENT);
    }

    @Test
    void http400IsPermanent() {
        assertThat(classifier.classify(400)).isEqualTo(PERMANENT);
    }

    @Test
    void http401And403ArePermanent() {
        assertThat(classifier.classify(401)).isEqualTo(PERMANENT);
        assertThat(classifier.classify(403)).isEqualTo(PERMANENT);
    }

    @Test
    void http503IsRetried() {
        assertThat(classifier.classify(503)).isEqualTo(RETRY);
    }

    @Test
    void http500And502And504AreRetried() {
        assertThat(classifier.classify(500)).isEqualTo(RETRY);
        assertThat(classifier.classify(502)).isEqualTo(RETRY);
        assertThat(classifier.classify(504)).isEqualTo(RETRY);
    }

    @Test
    void http429IsRetried() {
        assertThat(classifier.classify(429)).isEqualTo(RETRY);
    }

    @Test
    void timeoutIsRetried() {
        assertThat(classifier.classify(new HttpTimeoutException("request timed out")))
                .isEqualTo(RETRY);
    }

    @Test
    void connectionRefusedIsRetried() {
        assertThat(classifier.classify(new ConnectException("Connection refused")))
                .isEqualTo(RETRY);
    }

    @Test
    void connectionResetMidBodyIsRetried() {
        assertThat(classifier.classify(new IOException("connection reset"))).isEqualTo(RETRY);
    }

    @Test
    void missingLocalFileIsPermanent() {
        assertThat(classifier.classify(new NoSuchFileException("/data-samples/x.csv")))
                .isEqualTo(PERMANENT);
    }
}
