package london.observatory.web.release;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request the current release for its whole life and says which in {@code X-Observatory-Release}.
 * Answers under {@code /api} carry an ETag per release and tier: a release never changes, so a repeated request
 * whose {@code If-None-Match} names the current release is answered 304 at once. Open answers may be kept and
 * revalidated ({@code no-cache}); answers to a caller allowed restricted figures are never stored.
 */
public final class ReleaseFilter extends OncePerRequestFilter {

    public static final String RELEASE_HEADER = "X-Observatory-Release";

    private final ServedReleases releases;
    private final BooleanSupplier restrictedCaller;

    /** @param restrictedCaller whether the current request's caller may read restricted figures */
    public ReleaseFilter(ServedReleases releases, BooleanSupplier restrictedCaller) {
        this.releases = releases;
        this.restrictedCaller = restrictedCaller;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ServedRelease> lease = releases.lease();
        if (lease.isEmpty()) {
            chain.doFilter(request, response); // the API answers 503: nothing published yet
            return;
        }
        ServedRelease release = lease.get();
        try {
            boolean restricted = restrictedCaller.getAsBoolean();
            response.setHeader(RELEASE_HEADER, release.id());
            if (request.getRequestURI().startsWith("/api/")) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, restricted ? "no-store" : "no-cache");
                response.setHeader(HttpHeaders.VARY, "Authorization, Cookie");
                // weak: the same answer gzipped or not (Tomcat compresses no answer with a strong ETag)
                String etag = "W/\"" + release.id() + (restricted ? "-restricted" : "-open") + "\"";
                response.setHeader(HttpHeaders.ETAG, etag);
                if (isRead(request) && matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                    response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                    return;
                }
            }
            request.setAttribute(ServedData.ATTRIBUTE, new ServedData(release, release.tier(restricted)));
            chain.doFilter(request, response);
        } finally {
            release.release();
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || ("W/" + tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
