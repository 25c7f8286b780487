package london.observatory.fetch;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.observatory.descriptor.FeedSource;

/**
 * Hides the credentials a URL can carry before it becomes text anyone may read: a log line, an exception
 * message, {@code manifest.json}, the feed state file, {@code runs.source_url} or {@code runs.message}.
 *
 * <p>One rule: the userinfo of any {@code scheme://user:password@host} becomes {@code ***}, and so does the
 * value of any query (or fragment) parameter whose name, decoded and ignoring case, is in {@link #DEFAULTS}
 * or is one the feed's descriptor names in {@code source.secretParameters}. It works on free text as well as
 * on a bare URL, so an exception message that quotes a URL is masked the same way.
 */
public final class UrlMasker {

    /**
     * Parameters that carry credentials on the sources we know or are likely to meet: API keys and tokens
     * (Nomis {@code uid}), shared-access and pre-signed URL signatures (Azure SAS {@code sig}, AWS S3
     * {@code X-Amz-*}, Google Cloud Storage {@code X-Goog-*}), OAuth client secrets and passwords.
     */
    public static final Set<String> DEFAULTS = names(List.of(
            "uid",
            "key",
            "apikey",
            "api_key",
            "api-key",
            "token",
            "access_token",
            "refresh_token",
            "id_token",
            "auth",
            "authorization",
            "password",
            "passwd",
            "pwd",
            "secret",
            "client_secret",
            "sig",
            "signature",
            "x-amz-signature",
            "x-amz-credential",
            "x-amz-security-token",
            "x-goog-signature",
            "x-goog-credential"));

    private static final UrlMasker DEFAULT = new UrlMasker(DEFAULTS);

    /** {@code scheme://userinfo@}: userinfo runs to the first {@code @} before the path, query or fragment. */
    private static final Pattern USERINFO = Pattern.compile("\\b([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@\\s]+@");

    /**
     * A parameter after {@code ?}, {@code &}, {@code ;} or {@code #}; its value ends where the parameter or
     * the URL does (a space or quote when the URL is quoted in a sentence).
     */
    private static final Pattern PARAMETER = Pattern.compile("([?&;#])([^=&#?;\\s\"'<>]+)=([^&#;\\s\"'<>]*)");

    private static final String HIDDEN = "***";

    private final Set<String> secretNames;

    private UrlMasker(Set<String> secretNames) {
        this.secretNames = secretNames;
    }

    /** The default rule: userinfo and the {@link #DEFAULTS} parameters. */
    public static UrlMasker standard() {
        return DEFAULT;
    }

    /** The rule for one feed: the defaults and the parameters its descriptor names as secret. */
    public static UrlMasker of(FeedSource source) {
        return source == null ? DEFAULT : DEFAULT.alsoHiding(source.secretParameters());
    }

    /** This rule with more parameter names hidden. */
    public UrlMasker alsoHiding(Collection<String> moreNames) {
        if (moreNames == null || moreNames.isEmpty()) {
            return this;
        }
        Set<String> all = new TreeSet<>(secretNames);
        all.addAll(names(moreNames));
        return new UrlMasker(Set.copyOf(all));
    }

    /** {@code text} (a URL or a message quoting URLs) by the default rule; null stays null. */
    public static String mask(String text) {
        return DEFAULT.hide(text);
    }

    /** {@code text} (a URL or a message quoting URLs) by this rule; null stays null. */
    public String hide(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String withoutUserinfo = USERINFO.matcher(text).replaceAll("$1" + HIDDEN + "@");
        return PARAMETER.matcher(withoutUserinfo).replaceAll(this::parameter);
    }

    private String parameter(MatchResult m) {
        String replacement = isSecret(m.group(2)) ? m.group(1) + m.group(2) + "=" + HIDDEN : m.group();
        return Matcher.quoteReplacement(replacement);
    }

    private boolean isSecret(String encodedName) {
        return secretNames.contains(normalise(decoded(encodedName)));
    }

    private static String decoded(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return encoded; // a stray % is not an encoding; compare the name as written
        }
    }

    private static Set<String> names(Collection<String> names) {
        Set<String> normalised = new TreeSet<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                normalised.add(normalise(name));
            }
        }
        return Set.copyOf(normalised);
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
