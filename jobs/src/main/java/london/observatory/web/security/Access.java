package london.observatory.web.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Whether the caller of the current request may read restricted figures (a valid token, or a signed-in user). */
public final class Access {

    /** The authority a token holder or a signed-in user has. */
    public static final String RESTRICTED = "RESTRICTED";

    private Access() {}

    public static boolean restricted() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null
                && caller.isAuthenticated()
                && !(caller instanceof AnonymousAuthenticationToken)
                && caller.getAuthorities().stream().anyMatch(a -> RESTRICTED.equals(a.getAuthority()));
    }
}
