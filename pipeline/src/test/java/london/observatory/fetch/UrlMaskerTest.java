package london.observatory.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class UrlMaskerTest {

    static final List<String> DEFAULT_PARAMETERS = List.copyOf(UrlMasker.DEFAULTS);

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

    @Test
    void userAndPasswordAreMasked() {
        assertThat(UrlMasker.mask("https://reader:pa55w0rd@files.example.org/drop/a.csv"))
                .isEqualTo("https://***@files.example.org/drop/a.csv");
    }

    @Test
    void userWithoutPasswordIsMasked() {
        assertThat(UrlMasker.mask("ftp://token123@example.org:2121/x")).isEqualTo("ftp://***@example.org:2121/x");
    }

    @Test
    void anAtSignInThePathOrQueryIsNotUserinfo() {
        assertThat(UrlMasker.mask("https://example.org/people/@someone?mail=a@b.org"))
                .isEqualTo("https://example.org/people/@someone?mail=a@b.org");
    }

    @ParameterizedTest
    @FieldSource("DEFAULT_PARAMETERS")
    void everyDefaultParameterIsMasked(String name) {
        assertThat(UrlMasker.mask("https://example.org/x?a=1&" + name + "=SeCrEt-1&b=2"))
                .isEqualTo("https://example.org/x?a=1&" + name + "=***&b=2");
    }

    @Test
    void theDefaultsIncludeSignedUrlParameters() {
        assertThat(UrlMasker.DEFAULTS)
                .contains(
                        "sig",
                        "signature",
                        "secret",
                        "client_secret",
                        "auth",
                        "token",
                        "key",
                        "x-amz-signature",
                        "x-amz-credential");
    }

    @Test
    void anAzureSasUrlKeepsItsHarmlessParameters() {
        assertThat(UrlMasker.mask(
                        "https://acct.blob.core.windows.net/c/f.csv?sv=2022-11-02&se=2026-01-01&sp=r&sig=abc%2Bdef%3D"))
                .isEqualTo("https://acct.blob.core.windows.net/c/f.csv?sv=2022-11-02&se=2026-01-01&sp=r&sig=***");
    }

    @Test
    void anS3PresignedUrlHidesCredentialAndSignatureWhateverTheirCase() {
        assertThat(UrlMasker.mask("https://b.s3.amazonaws.com/f.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                        + "&X-Amz-Credential=AKIAEXAMPLE%2F20260101%2Feu-west-2%2Fs3%2Faws4_request"
                        + "&X-Amz-Date=20260101T000000Z&X-Amz-SignedHeaders=host&X-Amz-Signature=0123abcd"))
                .isEqualTo("https://b.s3.amazonaws.com/f.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=***"
                        + "&X-Amz-Date=20260101T000000Z&X-Amz-SignedHeaders=host&X-Amz-Signature=***");
    }

    @Test
    void namesMatchIgnoringCase() {
        assertThat(UrlMasker.mask("https://example.org/x?SIG=1&Token=2&x-amz-SIGNATURE=3"))
                .isEqualTo("https://example.org/x?SIG=***&Token=***&x-amz-SIGNATURE=***");
    }

    @Test
    void aPercentEncodedNameIsDecodedBeforeItIsCompared() {
        assertThat(UrlMasker.mask("https://example.org/x?api%5Fkey=1&X%2DAmz%2DSignature=2"))
                .isEqualTo("https://example.org/x?api%5Fkey=***&X%2DAmz%2DSignature=***");
    }

    @Test
    void anEncodedValueIsHiddenWhole() {
        assertThat(UrlMasker.mask("https://example.org/x?token=a%26b%3Dc%20d&next=1"))
                .isEqualTo("https://example.org/x?token=***&next=1");
    }

    @Test
    void aParameterInTheFragmentIsMasked() {
        assertThat(UrlMasker.mask("https://example.org/cb#state=1&access_token=abc&token_type=bearer"))
                .isEqualTo("https://example.org/cb#state=1&access_token=***&token_type=bearer");
    }

    @Test
    void theValueStopsAtTheFragment() {
        assertThat(UrlMasker.mask("https://example.org/x?key=abc#top")).isEqualTo("https://example.org/x?key=***#top");
    }

    @Test
    void aDescriptorNamedParameterIsMaskedOnlyByThatFeedsRule() {
        UrlMasker feed = UrlMasker.standard().alsoHiding(List.of("Borough-Pass"));
        String url = "https://drops.example.org/camden.csv?borough-pass=hunter2&month=2026-01";

        assertThat(feed.hide(url)).isEqualTo("https://drops.example.org/camden.csv?borough-pass=***&month=2026-01");
        assertThat(UrlMasker.mask(url)).isEqualTo(url);
    }

    @Test
    void aSentenceQuotingSeveralUrlsHasEachMaskedAndTheRestKept() {
        String message = "camden: GET https://u:p@a.example/x?sig=s1 returned 503 Service Unavailable"
                + " after 4 attempts; then \"https://b.example/y?key=k2\" (redirect)";

        assertThat(UrlMasker.mask(message))
                .isEqualTo("camden: GET https://***@a.example/x?sig=*** returned 503 Service Unavailable"
                        + " after 4 attempts; then \"https://b.example/y?key=***\" (redirect)");
    }

    @Test
    void nullAndTextWithoutUrlsAreUnchanged() {
        assertThat(UrlMasker.mask(null)).isNull();
        assertThat(UrlMasker.mask("no url here: a=b & key")).isEqualTo("no url here: a=b & key");
    }
}
