package org.oncograph.graph;

import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.observation.micrometer.ConnectionPoolMetricsHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver's connection-pool gauges ({@code db_client_connection_count{state="idle"|"used"}},
 * {@code db_client_connection_max}, pending and timed-out acquisitions). Boot 4 wires the driver's observations
 * (query and transaction timings) but not this handler, which needs the meter registry; Boot registers every
 * {@code ObservationHandler} bean with its observation registry. This replaces Boot 3's
 * {@code spring.neo4j.pool.metrics-enabled}, which Boot 4 removed.
 */
@Configuration(proxyBeanMethods = false)
class DriverMetricsConfiguration {

    @Bean
    ConnectionPoolMetricsHandler neo4jConnectionPoolMetrics(MeterRegistry registry) {
        return new ConnectionPoolMetricsHandler(registry);
    }
}
