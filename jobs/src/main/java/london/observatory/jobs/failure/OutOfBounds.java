package london.observatory.jobs.failure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The line for settings that bound but broke a bound ({@code @Min}, {@code @DurationMax}, ...): each property by
 * the name the operator wrote, the value as written, and the bound, e.g. {@code observatory.ingest.workers: "0"
 * must be greater than or equal to 1; change the value}. Several are joined on the one line.
 */
final class OutOfBounds {

    private OutOfBounds() {}

    static String line(ValidationErrors errors) {
        List<String> parts = new ArrayList<>();
        for (ObjectError error : errors.getAllErrors()) {
            if (error instanceof FieldError field) {
                String name = errors.getName() + "." + kebab(field.getField());
                parts.add(name + ": \"" + written(errors, name, field.getRejectedValue()) + "\" "
                        + error.getDefaultMessage());
            } else {
                parts.add(errors.getName() + ": " + error.getDefaultMessage());
            }
        }
        return String.join("; ", parts) + "; change the value";
    }

    /** What the operator wrote ({@code 0s}), when the property was set; else the value as bound. */
    private static String written(ValidationErrors errors, String name, Object rejected) {
        for (ConfigurationProperty property : errors.getBoundProperties()) {
            if (property.getName().toString().equals(name) && property.getValue() != null) {
                return property.getValue().toString();
            }
        }
        return String.valueOf(rejected);
    }

    /** {@code blockRows} → {@code block-rows}, as the property is spelt ({@code feeds[x].url} stays). */
    private static String kebab(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
