package org.oncograph.benchmark.baseline;

import java.util.Collection;
import java.util.List;

import java.net.URI;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.config.AbstractNeo4jConfig;
import org.springframework.data.neo4j.repository.config.EnableNeo4jRepositories;

/** A minimal Spring Data Neo4j context on the benchmark's driver: mapping, template, transactions, repository. */
@Configuration(proxyBeanMethods = false)
@EnableNeo4jRepositories(basePackageClasses = BaselineTrialRepository.class)
class BaselineConfig extends AbstractNeo4jConfig {

    static volatile URI uri;

    /** Its own driver, closed with the context. */
    @Bean
    @Override
    public Driver driver() {
        return GraphDatabase.driver(uri, AuthTokens.none());
    }

    @Override
    protected Collection<String> getMappingBasePackages() {
        return List.of(BaselineEntities.class.getPackageName());
    }
}
