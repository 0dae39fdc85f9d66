package org.oncograph.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.oncograph.web.ProblemType;
import org.oncograph.web.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem from a servlet filter, where Spring MVC's problem handling does not reach: before a
 * request gets to a controller (refused for its key or its size).
 */
@Component
class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    /** Writes a problem of one of the API's {@link ProblemType}s, flat as RFC 9457 has it (extra members at the top). */
    void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail,
               Map<String, Object> extra) throws IOException {
        ProblemDetail built = Problems.of(type, detail);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", built.getType().toString());
        problem.put("title", built.getTitle());
        problem.put("status", built.getStatus());
        problem.put("detail", built.getDetail());
        problem.put("instance", request.getRequestURI());
        problem.putAll(extra);
        response.resetBuffer();
        response.setStatus(built.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
