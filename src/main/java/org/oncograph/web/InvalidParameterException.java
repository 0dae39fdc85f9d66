package org.oncograph.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One or more request parameters are wrong: 400 {@code invalid-parameter} with an {@code errors} list. */
public class InvalidParameterException extends ApiException {

    private final List<ParameterError> errors;

    public InvalidParameterException(String parameter, String reason) {
        this(List.of(new ParameterError(parameter, reason)));
    }

    public InvalidParameterException(List<ParameterError> errors) {
        super(ProblemType.INVALID_PARAMETER, describe(errors), Map.of("errors", List.copyOf(errors)));
        this.errors = List.copyOf(errors);
    }

    public List<ParameterError> errors() {
        return errors;
    }

    static String describe(List<ParameterError> errors) {
        return errors.stream().map(e -> e.parameter() + " " + e.reason())
                .collect(Collectors.joining("; ", "Invalid parameter" + (errors.size() > 1 ? "s" : "") + ": ", "."));
    }
}
