package org.oncograph.benchmark.baseline;

import java.util.Collection;
import java.util.List;

import java.net.URI;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.springframework.context.annotation.Bean;
import org.springframework.data.neo4j.config.AbstractNeo4jConfig;
import org.springframework.data.neo4j.repository.config.EnableNeo4jRepositories;

/**
 * A minimal Spring Data Neo4j context on the benchmark's driver: mapping, template, transactions, repository.
 * Deliberately not a {@code @Configuration}: after a benchmark build its class sits in target/test-classes, and the
 * integration tests' component scan must not pick it up; {@link SaveAllBaseline} registers it explicitly.
 */
@EnableNeo4jRepositories(basePackageClasses = BaselineTrialRepository.class)
class BaselineConfig extends AbstractNeo4jConfig {

    static volatile URI uri;

    /** Its own driver, closed with the context. */
    @Bean
    @Override
    public Driver driver() {
        // Logging as the application's and the import's drivers log, so the comparison is about the write pattern.
        return GraphDatabase.driver(uri, AuthTokens.none(), Config.builder().withLogging(Logging.slf4j()).build());
    }

    @Override
    protected Collection<String> getMappingBasePackages() {
        return List.of(BaselineEntities.class.getPackageName());
    }
}
