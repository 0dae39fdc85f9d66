package org.oncograph.security;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request that needs the API key and does not hold it, as an RFC 9457 problem, and logs the attempt
 * (method, path, remote address, reason) without the key:
 * <ul>
 * <li>no {@code X-API-Key} header: 401 {@code api-key-missing};</li>
 * <li>a wrong key: 403 {@code api-key-invalid};</li>
 * <li>no key configured on this server: 403 {@code writes-disabled}, saying how to enable writes. 403 rather than
 * 503 because nothing is unavailable: the server is deliberately read-only until an operator sets a key, and
 * retrying (what 503 invites) will never help.</li>
 * </ul>
 */
@Component
class RefusalHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final URI MISSING = URI.create("https://oncograph.org/problems/api-key-missing");
    static final URI INVALID = URI.create("https://oncograph.org/problems/api-key-invalid");
    static final URI DISABLED = URI.create("https://oncograph.org/problems/writes-disabled");

    private static final Logger log = LoggerFactory.getLogger(RefusalHandler.class);

    private final ApiKeyAuthenticationProvider keys;
    private final JsonMapper json;

    RefusalHandler(ApiKeyAuthenticationProvider keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        String presented = request.getHeader(ApiKeyAuthenticationFilter.HEADER);
        if (!keys.keyConfigured()) {
            refuse(request, response, HttpStatus.FORBIDDEN, DISABLED, "Writes are disabled",
                    "This request needs an API key, and this server has none configured, so it only serves reads."
                            + " To enable writes, set ONCOGRAPH_SECURITY_API_KEY (property oncograph.security.api-key)"
                            + " to a long random secret, restart OncoGraph, and send it in the X-API-Key header.",
                    "no API key configured");
        } else if (presented == null || presented.isEmpty()) {
            response.setHeader("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
            refuse(request, response, HttpStatus.UNAUTHORIZED, MISSING, "API key required",
                    "This request changes or exports the graph: send the API key in the X-API-Key header.",
                    "missing API key");
        } else {
            refuse(request, response, HttpStatus.FORBIDDEN, INVALID, "API key not accepted",
                    "The X-API-Key header does not hold this server's API key.", "wrong API key");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        // Only reached by a request that is authenticated yet denied, which one key and one role cannot produce
        // today; answered like a wrong key so that a future rule cannot leak a stack trace.
        refuse(request, response, HttpStatus.FORBIDDEN, INVALID, "API key not accepted",
                "The X-API-Key header does not allow this request.", "access denied");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
                        String title, String detail, String reason) throws IOException {
        log.warn("Refused {} {} from {}: {}", clean(request.getMethod()), clean(request.getRequestURI()),
                clean(request.getRemoteAddr()), reason);
        // Written by hand: this runs in a servlet filter, before (and outside) Spring MVC's problem handling.
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.toString());
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Request text in a log line: control characters out (no forged log lines), and bounded. */
    static String clean(String value) {
        if (value == null) {
            return "-";
        }
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 300 ? printable.substring(0, 300) + "..." : printable;
    }
}
