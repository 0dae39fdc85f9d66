package org.oncograph.graph;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.oncograph.OncoGraphProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded Neo4j when no external database is configured ({@code spring.neo4j.uri} unset) and points
 * Boot's driver at its real Bolt port. Because the connection details depend on the server, the driver is created
 * after Neo4j has started and closed before it stops. An {@link EmbeddedStoreLoader} (the initial load) writes the
 * store before Neo4j starts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.OnEmbeddedNeo4j.class)
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(OncoGraphProperties properties, ObjectProvider<EmbeddedStoreLoader> loaders) {
        loaders.orderedStream().forEach(loader -> loader.load(properties.embedded().dataDir()));
        return EmbeddedNeo4j.start(properties.embedded());
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return neo4j.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return neo4j.password() == null ? AuthTokens.none() : AuthTokens.basic("neo4j", neo4j.password());
            }
        };
    }

    /** Embedded unless the user points OncoGraph at a server, or switches embedding off. */
    static class OnEmbeddedNeo4j implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            return !StringUtils.hasText(env.getProperty("spring.neo4j.uri"))
                    && env.getProperty("oncograph.embedded.enabled", Boolean.class, true);
        }
    }
}
