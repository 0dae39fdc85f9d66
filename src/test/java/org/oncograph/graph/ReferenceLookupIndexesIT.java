package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.oncograph.OncoGraphIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every identifier ReferenceResolver looks a reference up by has an index. A publication's pmid and pmcid had
 * none, so every request that named an entity scanned all publications twice (~100,000 db hits per reference
 * at 50,000 trials, the largest cost of neighbourhood and paths requests).
 */
@OncoGraphIntegrationTest
class ReferenceLookupIndexesIT {

    @Autowired
    Driver driver;

    @Test
    void everyKeyAndAlternateKeyOfAReferableTypeIsIndexed() {
        Set<String> indexed = new HashSet<>();
        driver.executableQuery("""
                        SHOW INDEXES YIELD type, labelsOrTypes, properties
                        WHERE type = 'RANGE' AND size(properties) = 1
                        RETURN labelsOrTypes[0] AS label, properties[0] AS property""").execute().records()
                .forEach(r -> indexed.add(r.get("label").asString() + "." + r.get("property").asString()));
        for (EntityType type : EntityType.referable()) {
            assertThat(indexed).contains(type.label() + "." + type.keyProperty());
            for (String alternate : type.alternateKeys()) {
                assertThat(indexed).as("index on %s.%s", type.label(), alternate)
                        .contains(type.label() + "." + alternate);
            }
        }
    }
}
