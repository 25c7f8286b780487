package london.observatory.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskedFailureTest {

    private final UrlMasker rule = UrlMasker.standard().alsoHiding(List.of("pass"));

    @Test
    void aFailureWithNothingToMaskIsKeptAsItIs() {
        IllegalStateException failure = new IllegalStateException("no URL here");

        assertThat(MaskedFailure.of(failure, rule)).isSameAs(failure);
    }

    @Test
    void everyMessageOfTheChainIsMaskedAndTheTraceNamesTheOriginalTypes() {
        UncheckedIOException failure = new UncheckedIOException(
                "camden: cannot read https://drops.example.org/a.csv?pass=P1",
                new IOException("GET https://u:PW@drops.example.org/a.csv?sig=S1 refused"));

        RuntimeException masked = MaskedFailure.of(failure, rule);
        StringWriter trace = new StringWriter();
        masked.printStackTrace(new PrintWriter(trace));

        assertThat(masked.getMessage()).isEqualTo("camden: cannot read https://drops.example.org/a.csv?pass=***");
        assertThat(masked.getCause().getMessage()).isEqualTo("GET https://***@drops.example.org/a.csv?sig=*** refused");
        assertThat(trace.toString())
                .startsWith("java.io.UncheckedIOException: camden: cannot read")
                .contains("Caused by: java.io.IOException: GET https://***@")
                .doesNotContain("P1", "PW", "S1");
        assertThat(masked.getStackTrace()).isEqualTo(failure.getStackTrace());
    }
}
