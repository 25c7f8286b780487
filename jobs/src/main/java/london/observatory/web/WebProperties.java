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
 * @param duckdbThreads threads one query may use: one keeps a heavy query from taking every core from the
 *                     light requests beside it
 * @param extractsAtOnce extracts made at the same time; more wait their turn (up to {@code extractWait}), so
 *                       extracts cannot crowd out searches and area pages
 * @param extractWait  how long an extract waits for its turn before it is answered 503, try again later
 */
@ConfigurationProperties("observatory.web")
public record WebProperties(
        @DefaultValue("2s") Duration releasePoll,
        Map<String, String> tokens,
        Map<String, String> users,
        @DefaultValue("512MB") String duckdbMemory,
        @DefaultValue("1") int duckdbThreads,
        @DefaultValue("1") int extractsAtOnce,
        @DefaultValue("60s") Duration extractWait) {

    public WebProperties {
        tokens = tokens == null ? Map.of() : Map.copyOf(tokens);
        users = users == null ? Map.of() : Map.copyOf(users);
    }
}
