package london.observatory.web.security;

import java.util.ArrayList;
import java.util.List;
import london.observatory.web.Problems;
import london.observatory.web.WebProperties;
import london.observatory.web.release.ReleaseFilter;
import london.observatory.web.release.ServedReleases;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Access tiers. Everything is open to everyone; a caller with an operator's API token ({@code Authorization: Bearer
 * …}) or a person signed in on the page reads the full database instead of the open one. A token that is presented
 * and wrong is refused (401), never quietly served as open. Every answer carries a content security policy that
 * allows only the server's own scripts, styles and images.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
            + " frame-ancestors 'none'; form-action 'self'";

    @Bean
    SecurityFilterChain observatory(HttpSecurity http, WebProperties properties, ServedReleases releases)
            throws Exception {
        AuthenticationFilter bearer =
                new AuthenticationFilter(new ProviderManager(new ApiTokens(properties.tokens())), new BearerTokens());
        bearer.setSuccessHandler((request, response, caller) -> {});
        bearer.setFailureHandler((request, response, refused) -> {
            releases.currentId().ifPresent(id -> response.setHeader(ReleaseFilter.RELEASE_HEADER, id));
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            Problems.write(request, response, HttpStatus.UNAUTHORIZED, refused.getMessage());
        });
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
                .formLogin(login -> login.defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/"))
                // The API only reads: a cross-site request can make it do nothing it would not do anyway, and
                // cannot read the answer. The sign-in and sign-out forms keep their tokens.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // the release filter says how each answer may be cached
                        .cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /**
     * Gives each request its release and tier: after Spring Security's filters (order -100), so the caller's access
     * is known when the tier is chosen.
     */
    @Bean
    FilterRegistrationBean<ReleaseFilter> releaseFilter(ServedReleases releases) {
        FilterRegistrationBean<ReleaseFilter> registration =
                new FilterRegistrationBean<>(new ReleaseFilter(releases, Access::restricted));
        registration.setOrder(0);
        return registration;
    }

    /** The people who may sign in on the page, with their hashed passwords ({@code {bcrypt}…}). */
    @Bean
    UserDetailsService users(WebProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        properties
                .users()
                .forEach((name, hash) -> users.add(User.withUsername(name)
                        .password(hash)
                        .passwordEncoder(password -> password) // stored already hashed
                        .authorities(Access.RESTRICTED)
                        .build()));
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
