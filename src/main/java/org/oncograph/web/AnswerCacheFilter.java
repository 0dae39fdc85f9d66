package org.oncograph.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.oncograph.OncoGraphProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the read API's graph questions from the {@link AnswerCache}: a GET under one of {@link #CACHED} is
 * answered from memory when the same request (path and query parameters, in any order) was answered before and the
 * graph has not changed since. {@code Cache-Control: no-cache} asks for a fresh answer (which then replaces the kept
 * one). Every such response says what happened in {@code X-Cache} (HIT, MISS or BYPASS); only 200s are kept, so
 * errors (400, 404, 409) are computed every time. Runs after Spring Security, so closed reads still need the key.
 */
@Component
class AnswerCacheFilter extends OncePerRequestFilter {

    static final String X_CACHE = "X-Cache";
    static final String METRIC = "oncograph.cache.requests";

    /**
     * The endpoints whose answers are kept: every GET of the read API that queries the graph. Not the statistics
     * (kept by StatsService, with their own computedAt), the export (a stream, behind the key), or anything else.
     */
    static final List<String> CACHED = List.of("/api/v1/antigens", "/api/v1/therapies", "/api/v1/cancers",
            "/api/v1/trials", "/api/v1/institutions", "/api/v1/search", "/api/v1/paths",
            "/api/v1/graph/neighbourhood", "/api/v1/relationships");

    /** Headers this filter sets itself, never replayed from a kept answer. */
    private static final Set<String> OWN_HEADERS = Set.of(X_CACHE.toLowerCase(Locale.ROOT), "cache-control", "age",
            "content-type", "content-length");

    private final AnswerCache cache;
    private final boolean enabled;
    private final String cacheControl;
    private final MeterRegistry registry;

    AnswerCacheFilter(AnswerCache cache, AnswerCacheProperties properties, OncoGraphProperties oncograph,
                      MeterRegistry registry) {
        this.cache = cache;
        this.enabled = properties.enabled();
        this.registry = registry;
        long maxAge = properties.clientMaxAge().toSeconds();
        // With closed reads an answer was given to a key holder: shared caches (proxies) must not pass it on.
        this.cacheControl = (oncograph.security().readsOpen() ? "public" : "private") + ", max-age=" + maxAge;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!enabled || !"GET".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI();
        for (String prefix : CACHED) {
            if (path.equals(prefix) || path.startsWith(prefix) && path.charAt(prefix.length()) == '/') {
                return !acceptsJson(request);
            }
        }
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        if (noCache(request)) {
            cache.refresh(key, () -> run(request, response, chain, "BYPASS"));
            return;
        }
        AnswerCache.Answer kept = cache.answer(key, () -> run(request, response, chain, "MISS"));
        if (kept != null) {
            write(kept, request, response);
        }
    }

    /** Runs the endpoint, sends its response with the cache headers, and returns it when it may be kept. */
    private AnswerCache.Answer run(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                   String outcome) throws IOException, ServletException {
        Set<String> before = new HashSet<>(response.getHeaderNames());
        var recorded = new ContentCachingResponseWrapper(response);
        // An exception leaves the response uncommitted, for the error handling to answer; nothing is kept.
        chain.doFilter(request, recorded);
        String route = route(request);
        count(route, outcome);
        recorded.setHeader(X_CACHE, outcome);
        if (recorded.getStatus() != HttpServletResponse.SC_OK) {
            recorded.copyBodyToResponse();
            return null;
        }
        // Read before the body is copied: copying commits the response, and outer filters add their headers then.
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : recorded.getHeaderNames()) {
            if (!before.contains(name) && !OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, List.copyOf(recorded.getHeaders(name)));
            }
        }
        recorded.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        var answer = new AnswerCache.Answer(route, recorded.getContentType(), headers,
                recorded.getContentAsByteArray(), cache.now());
        recorded.copyBodyToResponse();
        return answer;
    }

    private void write(AnswerCache.Answer answer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // The endpoint did not run: tell the HTTP metrics which one this was, as Spring MVC would have.
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(context -> context.setPathPattern(answer.route()));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(answer.contentType());
        answer.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader(X_CACHE, "HIT");
        response.setHeader(HttpHeaders.AGE, Long.toString(cache.ageSeconds(answer)));
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
        count(answer.route(), "HIT");
    }

    private void count(String route, String outcome) {
        Counter.builder(METRIC).description("Read API requests by what the answer cache did")
                .tag("uri", route).tag("result", outcome.toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    private static String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? "UNKNOWN" : pattern.toString();
    }

    /**
     * The path as sent (so {@code HER2} and {@code her2} are two entries: references are resolved only on a miss)
     * and the query parameters sorted by name, each value in its order.
     */
    static String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(request.getRequestURI());
        char separator = '?';
        for (Map.Entry<String, String[]> parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
            for (String value : parameter.getValue()) {
                key.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return key.toString();
    }

    /** {@code Cache-Control: no-cache} (or {@code Pragma: no-cache}, its HTTP/1.0 form) asks for a fresh answer. */
    static boolean noCache(HttpServletRequest request) {
        List<String> directives = new ArrayList<>();
        request.getHeaders(HttpHeaders.CACHE_CONTROL).asIterator()
                .forEachRemaining(h -> directives.addAll(List.of(h.split(","))));
        request.getHeaders(HttpHeaders.PRAGMA).asIterator()
                .forEachRemaining(h -> directives.addAll(List.of(h.split(","))));
        return directives.stream().map(String::trim).anyMatch(d -> d.equalsIgnoreCase("no-cache"));
    }

    /** A request that cannot take JSON gets its 406 from Spring MVC, never a kept JSON answer. */
    private static boolean acceptsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
