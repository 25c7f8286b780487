package london.observatory.jobs.progress;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a nightly run shows its progress. {@code logEvery}: how often a run not on a terminal logs a line per feed
 * in progress. {@code terminal}: whether a live line is drawn instead; unset, it is when the process has a
 * console (as the read commands decide), so a pipe or a service's log gets plain lines.
 */
@ConfigurationProperties("observatory.progress")
@Validated
public record ProgressProperties(
        @DefaultValue("5s") @NotNull @DurationMin(seconds = 1) @DurationMax(hours = 1)
        Duration logEvery,

        Boolean terminal) {}
