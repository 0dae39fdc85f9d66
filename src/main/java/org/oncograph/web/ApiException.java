package org.oncograph.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ProblemDetail;

/**
 * An error meant for the client: it carries its {@link ProblemType}, a detail sentence safe to show, and any extra
 * problem members (parameter errors, candidates, suggestions). {@link ApiExceptionHandler} turns it into a
 * {@link ProblemDetail}; throw a subclass from any layer.
 */
public class ApiException extends RuntimeException {

    private final ProblemType problemType;
    private final Map<String, Object> properties;

    public ApiException(ProblemType problemType, String detail) {
        this(problemType, detail, Map.of());
    }

    public ApiException(ProblemType problemType, String detail, Map<String, Object> properties) {
        super(detail);
        this.problemType = problemType;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public ProblemType problemType() {
        return problemType;
    }

    /** Extension members of the problem, e.g. {@code errors} or {@code candidates}. */
    public Map<String, Object> properties() {
        return properties;
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = Problems.of(problemType, getMessage());
        properties.forEach(problem::setProperty);
        return problem;
    }
}
