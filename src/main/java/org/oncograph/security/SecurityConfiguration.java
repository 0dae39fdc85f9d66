package org.oncograph.security;

import org.oncograph.OncoGraphProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. Reads are open unless {@code oncograph.security.reads-open=false}; every request that changes
 * the graph (any POST, PUT, PATCH or DELETE), the full-graph export and the management endpoints other than
 * health, info and prometheus need the API key in {@code X-API-Key}. The API is stateless: no session, no cookie,
 * so no CSRF token (CSRF rides on cookies the browser sends by itself; an API key header is never sent that way),
 * no login page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** Paths that export the whole graph: a bulk copy is a write-level privilege. */
    static final String[] EXPORT = {"/api/v1/export", "/api/v1/export/**"};

    /**
     * Same-origin everything: the pages load Cytoscape.js and Chart.js from WebJars on this origin and call this
     * API. Inline styles stay allowed because both libraries set element styles; inline scripts do not.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * No observations of Spring Security's own (spring_security_*): they time filters that only check an API key, and
     * http_server_requests already times every request, refusals included. Without this bean Spring Security wraps
     * each filter of the chain, and the authorization, in an observation on every request, and switching them off
     * with {@code management.observations.enable.spring.security: false} only made those observations no-ops, still
     * created and looked up by name for every filter and request (docs/performance.md). Setting that property to
     * {@code true} brings them back.
     */
    @Bean
    @ConditionalOnProperty(name = "management.observations.enable.spring.security", havingValue = "false",
            matchIfMissing = true)
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, OncoGraphProperties properties,
                                            ApiKeyAuthenticationProvider keys, RefusalHandler refusals) {
        String keyHolder = ApiKeyAuthenticationProvider.KEY_HOLDER.substring("ROLE_".length());
        boolean readsOpen = properties.security().readsOpen();
        http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=(), payment=()")))
                .authorizeHttpRequests(requests -> {
                    // Errors of requests that were already let in (a 404 or 400 answered through /error).
                    requests.requestMatchers("/error").permitAll();
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                            "/actuator/prometheus").permitAll();
                    requests.requestMatchers("/actuator/**").hasRole(keyHolder);
                    requests.requestMatchers(EXPORT).hasRole(keyHolder);
                    for (HttpMethod write : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
                            HttpMethod.DELETE}) {
                        requests.requestMatchers(write, "/**").hasRole(keyHolder);
                    }
                    if (!readsOpen) {
                        requests.requestMatchers("/api/**", "/v3/api-docs", "/v3/api-docs/**").hasRole(keyHolder);
                    }
                    // Pages, static files and (when open) reads.
                    requests.anyRequest().permitAll();
                });
        return http.build();
    }
}
