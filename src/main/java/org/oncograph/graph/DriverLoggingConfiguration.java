package org.oncograph.graph;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver logs through SLF4J, like the rest of the application. Its default ({@link Logging#systemLogging()})
 * formats every outgoing Bolt message into a debug string, parameters included, before the level check drops it:
 * for the importer's {@code UNWIND $rows} batches that was a tenth of the importing JVM's CPU (JFR, see
 * docs/performance.md). SLF4J's adapter checks the level first.
 */
@Configuration(proxyBeanMethods = false)
class DriverLoggingConfiguration {

    @Bean
    ConfigBuilderCustomizer driverLogsThroughSlf4j() {
        return builder -> builder.withLogging(Logging.slf4j());
    }
}
