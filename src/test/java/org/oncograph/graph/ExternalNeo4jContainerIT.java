package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** OncoGraph against a Neo4j server it did not start (a container), as users with a server or Aura run it. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "oncograph.embedded.enabled=false")
class ExternalNeo4jContainerIT {

    @Container
    @ServiceConnection
    static Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withoutAuthentication();

    @Autowired
    Driver driver;

    @Autowired(required = false)
    EmbeddedNeo4j embedded;

    @Test
    void usesTheServerAndStartsNoEmbeddedDatabase() {
        assertThat(embedded).isNull();
        long sources = driver.executableQuery("MATCH (s:Source) RETURN count(s) AS n").execute()
                .records().get(0).get("n").asLong();
        assertThat(sources).isPositive();
    }
}
