package london.observatory.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Map;
import london.observatory.jobs.failure.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

class ApiTokensTest {

    static final String TOKEN = "a-long-random-token";

    final ApiTokens tokens = new ApiTokens(Map.of(
            "camden", HexFormat.of().formatHex(ApiTokens.sha256(TOKEN)),
            "hackney", HexFormat.of().formatHex(ApiTokens.sha256("another"))));

    @Test
    void aConfiguredTokenNamesItsHolderAndMayReadRestrictedFigures() {
        Authentication caller = tokens.authenticate(new ApiTokens.Presented(TOKEN));

        assertThat(caller.getName()).isEqualTo("camden");
        assertThat(caller.isAuthenticated()).isTrue();
        assertThat(caller.getAuthorities()).extracting(a -> a.getAuthority()).containsExactly(Access.RESTRICTED);
    }

    @Test
    void anyOtherTokenIsRefused() {
        assertThatThrownBy(() -> tokens.authenticate(new ApiTokens.Presented(TOKEN + "x")))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("the bearer token is not one this server accepts");
        assertThatThrownBy(() -> tokens.authenticate(new ApiTokens.Presented("")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aTokenConfiguredInPlaceOfItsHashIsAConfigurationError() {
        assertThatThrownBy(() -> new ApiTokens(Map.of("camden", TOKEN)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("observatory.web.tokens.camden must be the SHA-256 of the token in hex (64 characters),"
                        + " not the token itself");
    }
}
