package org.oncograph.benchmark.baseline;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** The repository whose {@code saveAll} is the naive baseline. */
public interface BaselineTrialRepository extends Neo4jRepository<BaselineEntities.Trial, String> {
}
