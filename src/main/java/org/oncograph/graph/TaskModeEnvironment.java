package org.oncograph.graph;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringUtils;

/**
 * When OncoGraph runs an export task ({@code oncograph.export.to} or {@code oncograph.export.load-from}), it is a
 * command-line tool, not a server: no web server, no Neo4j Browser, a free Bolt port (so a task can run beside a
 * serving instance that uses another database), and no seed merge (an export must not change what it exports; a
 * restore brings its own data). These are defaults placed below the command line and the environment, so anything
 * set explicitly still wins.
 */
class TaskModeEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!StringUtils.hasText(environment.getProperty("oncograph.export.to"))
                && !StringUtils.hasText(environment.getProperty("oncograph.export.load-from"))) {
            return;
        }
        var defaults = new MapPropertySource("oncographTaskMode", Map.of(
                "spring.main.web-application-type", "none",
                "oncograph.embedded.http-enabled", "false",
                "oncograph.embedded.bolt-port", "0",
                "oncograph.graph.load-seed", "false"));
        var sources = environment.getPropertySources();
        if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, defaults);
        } else {
            sources.addLast(defaults);
        }
    }
}
