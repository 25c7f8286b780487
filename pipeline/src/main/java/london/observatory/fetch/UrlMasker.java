package london.observatory.fetch;

import java.util.regex.Pattern;

/**
 * Hides credentials carried in query strings (Nomis {@code uid=0x...}, generic API keys) before a
 * URL reaches a log, an exception message, a manifest or the state file.
 */
public final class UrlMasker {

    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "([?&](?:uid|key|apikey|api_key|api-key|token|access_token|password)=)[^&#]*", Pattern.CASE_INSENSITIVE);

    private UrlMasker() {}

    public static String mask(String url) {
        return SECRET_PARAMETER.matcher(url).replaceAll("$1***");
    }
}
