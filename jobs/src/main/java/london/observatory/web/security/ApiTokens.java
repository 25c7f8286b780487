package london.observatory.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import london.observatory.jobs.failure.ConfigurationException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The operator's API tokens, kept only as SHA-256 hashes ({@code observatory.web.tokens.<holder>=<hex>}): a
 * presented token is hashed and compared in constant time with each. A token is long and random, so a plain hash is
 * enough (a password hash's slowness guards guessable secrets, which these are not).
 */
final class ApiTokens implements AuthenticationProvider {

    /** A bearer token as presented, before it is checked. */
    static final class Presented extends AbstractAuthenticationToken {
        private final String token;

        Presented(String token) {
            super(List.of());
            this.token = token;
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return null;
        }
    }

    /** A checked token: its holder's name, allowed restricted figures. */
    static final class Holder extends AbstractAuthenticationToken {
        private final String name;

        Holder(String name) {
            super(List.of(new SimpleGrantedAuthority(Access.RESTRICTED)));
            this.name = name;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return name;
        }
    }

    private final Map<String, byte[]> hashes;

    ApiTokens(Map<String, String> configured) {
        this.hashes = new java.util.TreeMap<>();
        configured.forEach((holder, hex) -> {
            String h = hex.strip().toLowerCase(Locale.ROOT);
            if (!h.matches("[0-9a-f]{64}")) {
                throw new ConfigurationException(
                        "observatory.web.tokens." + holder
                                + " must be the SHA-256 of the token in hex (64 characters), not the token itself",
                        null);
            }
            hashes.put(holder, HexFormat.of().parseHex(h));
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        byte[] presented = sha256((String) authentication.getCredentials());
        String match = null;
        for (Map.Entry<String, byte[]> entry : hashes.entrySet()) {
            // every hash is compared, so the time taken says nothing about which came close
            if (MessageDigest.isEqual(presented, entry.getValue())) {
                match = entry.getKey();
            }
        }
        if (match == null) {
            throw new BadCredentialsException("the bearer token is not one this server accepts");
        }
        return new Holder(match);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return Presented.class.isAssignableFrom(authentication);
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
