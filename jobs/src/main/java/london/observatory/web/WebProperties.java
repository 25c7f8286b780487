package london.observatory.web;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The server's settings ({@code observatory.web.*}).
 *
 * @param releasePoll how often the server looks for a newer release in the data directory
 * @param tokens      API tokens that may read restricted figures: a name (who holds it, for the log) → the SHA-256 of
 *                    the token in hex ({@code printf %s "$TOKEN" | sha256sum}); the tokens themselves are never
 *                    stored
 * @param users       people who may sign in to the page for restricted figures: a name → a password hash in Spring
 *                    Security's form ({@code {bcrypt}$2a$10$…})
 * @param duckdbMemory DuckDB's memory limit for each database the server has open
 */
@ConfigurationProperties("observatory.web")
public record WebProperties(
        @DefaultValue("2s") Duration releasePoll,
        Map<String, String> tokens,
        Map<String, String> users,
        @DefaultValue("512MB") String duckdbMemory) {

    public WebProperties {
        tokens = tokens == null ? Map.of() : Map.copyOf(tokens);
        users = users == null ? Map.of() : Map.copyOf(users);
    }
}
