package london.observatory.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

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
 *     <p>Bounds are checked at start-up, as {@code ObservatoryProperties}'s are: one line and exit 78.
 */
@ConfigurationProperties("observatory.web")
@Validated
public record WebProperties(
        @DefaultValue("2s") @NotNull @DurationMin(millis = 100) @DurationMax(hours = 1)
        Duration releasePoll,

        Map<String, @NotBlank String> tokens,
        Map<String, @NotBlank String> users,

        @DefaultValue("512MB")
        @NotNull
        @Pattern(
                regexp = "(?i)\\s*\\d+(\\.\\d+)?\\s*(b|bytes|kb|kib|mb|mib|gb|gib|tb|tib)\\s*",
                message = "must be a size such as 512MB or 2GB")
        String duckdbMemory,

        @DefaultValue("1") @Min(1) @Max(256) int duckdbThreads,
        @DefaultValue("1") @Min(1) @Max(64) int extractsAtOnce,

        @DefaultValue("60s") @NotNull @DurationMin(millis = 0) @DurationMax(hours = 1)
        Duration extractWait) {

    public WebProperties {
        tokens = tokens == null ? Map.of() : Map.copyOf(tokens);
        users = users == null ? Map.of() : Map.copyOf(users);
    }
}
