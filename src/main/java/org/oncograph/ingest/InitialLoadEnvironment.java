package org.oncograph.ingest;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Refuses {@code oncograph.import.initial-load} unless the graph is the embedded one, before any bean exists: with
 * a server configured, the first thing to fail would otherwise be a connection or an import, not this explanation.
 */
class InitialLoadEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("oncograph.import.initial-load", Boolean.class, false)) {
            return;
        }
        String uri = environment.getProperty("spring.neo4j.uri");
        if (StringUtils.hasText(uri) || !environment.getProperty("oncograph.embedded.enabled", Boolean.class, true)) {
            throw new InitialLoadRefusedException("The initial load writes the files of a new embedded database; it "
                    + "cannot load a Neo4j server" + (StringUtils.hasText(uri) ? " (spring.neo4j.uri=" + uri + ")" : "")
                    + ".", "Import into a server with the transactional import (leave out "
                    + "oncograph.import.initial-load), or bulk-load an embedded data folder and serve that.");
        }
    }
}
