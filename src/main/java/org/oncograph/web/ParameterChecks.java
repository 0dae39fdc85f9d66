package org.oncograph.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects what is wrong with a request's parameters, so that one 400 answer names every bad parameter at once:
 * check each parameter, then call {@link #validate()}. Limits are enforced, never silently clamped.
 */
public final class ParameterChecks {

    private final List<ParameterError> errors = new ArrayList<>();

    /** {@code value} (or {@code fallback} when absent) within {@code [min, max]}. */
    public int range(String parameter, Integer value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        if (value > max) {
            reject(parameter, "must be at most " + max);
            return fallback;
        }
        if (value < min) {
            reject(parameter, "must be at least " + min);
            return fallback;
        }
        return value;
    }

    /** A trimmed non-blank text, or null when absent or blank and not required. */
    public String text(String parameter, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                reject(parameter, "is required");
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            reject(parameter, "must be at most " + maxLength + " characters");
            return null;
        }
        return trimmed;
    }

    /** One of the allowed values, matched case-insensitively through {@code parse}; null when absent. */
    public <T> T oneOf(String parameter, String value, Function<String, Optional<T>> parse, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<T> parsed = parse.apply(value.strip());
        if (parsed.isEmpty()) {
            reject(parameter, "must be one of " + allowed + " (was '" + value.strip() + "')");
            return null;
        }
        return parsed.get();
    }

    /** A comma-separated list of allowed values; an empty list when absent. */
    public <T> List<T> listOf(String parameter, String value, Function<String, Optional<T>> parse,
                              List<String> allowed) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            T parsed = oneOf(parameter, part, parse, allowed);
            if (parsed != null && !out.contains(parsed)) {
                out.add(parsed);
            }
        }
        return out;
    }

    /** Parses an enum constant by name, ignoring case, {@code -} and spaces. */
    public static <E extends Enum<E>> Function<String, Optional<E>> enumParser(Class<E> type) {
        return text -> {
            String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(wanted)).findFirst();
        };
    }

    public void reject(String parameter, String reason) {
        errors.add(new ParameterError(parameter, reason));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws an {@link InvalidParameterException} naming every rejected parameter, if any. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
    }
}
