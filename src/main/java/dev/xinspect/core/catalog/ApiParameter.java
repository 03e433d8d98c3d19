package dev.xinspect.core.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One parameter of an endpoint as the spec declares it. {@code type} is the schema's type ({@code string},
 * {@code integer}, {@code array}, … or empty); an {@code array} is sent as one comma-separated value, as X expects
 * ({@code style: form, explode: false}). {@code allowedValues} is the enum of the value (or of each item of an array),
 * empty when any value goes. {@code pattern}, {@code defaultValue} are empty and {@code minimum}/{@code maximum} null
 * when the spec gives none.
 */
public record ApiParameter(String name, ParameterLocation location, boolean required, String description, String type,
                           List<String> allowedValues, String pattern, Long minimum, Long maximum, String defaultValue) {

    public ApiParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        description = description == null ? "" : description;
        type = type == null ? "" : type;
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        pattern = pattern == null ? "" : pattern;
        defaultValue = defaultValue == null ? "" : defaultValue;
    }

    /** True when several values go into one comma-separated value ({@code tweet.fields=created_at,lang}). */
    public boolean commaSeparated() {
        return type.equals("array");
    }
}
