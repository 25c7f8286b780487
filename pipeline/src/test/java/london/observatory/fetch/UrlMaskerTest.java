package london.observatory.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlMaskerTest {

    @Test
    void nomisUidIsMasked() {
        assertThat(
                        UrlMasker.mask(
                                "https://www.nomisweb.co.uk/api/v01/dataset/NM_162_1.data.csv?date=latest&uid=0xabc123&recordoffset=0"))
                .isEqualTo(
                        "https://www.nomisweb.co.uk/api/v01/dataset/NM_162_1.data.csv?date=latest&uid=***&recordoffset=0");
    }

    @Test
    void apiKeyAsFirstParameterIsMasked() {
        assertThat(UrlMasker.mask("https://example.org/x?API_KEY=s3cret"))
                .isEqualTo("https://example.org/x?API_KEY=***");
    }

    @Test
    void parametersThatOnlyEndInKeyAreKept() {
        assertThat(UrlMasker.mask("https://example.org/x?sortkey=a&monkey=b"))
                .isEqualTo("https://example.org/x?sortkey=a&monkey=b");
    }
}
