package org.oncograph.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code X-API-Key}. A missing or wrong key is not answered here: the request
 * goes on unauthenticated, and only if what it asks for needs the key does {@link RefusalHandler} refuse it. So an
 * open read with a stale key still works, and the refusal (401 or 403) is decided in one place.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final AuthenticationProvider provider;

    ApiKeyAuthenticationFilter(AuthenticationProvider provider) {
        this.provider = provider;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key != null && !key.isEmpty()) {
            try {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(provider.authenticate(ApiKeyAuthentication.presented(key)));
                SecurityContextHolder.setContext(context);
            } catch (AuthenticationException wrongKey) {
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
