package org.oncograph.graph;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.oncograph.web.Page;
import org.oncograph.web.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Runs read-only Cypher in read transactions, so that a Neo4j cluster routes it to secondaries, with a time limit
 * so that no request can hold the database. The driver is used directly rather than {@code Neo4jClient} because
 * the API maps records by hand and some reads (neighbourhoods) run several statements in one transaction.
 */
@Component
public class GraphReads {

    /** Longest an API read may run; hub-heavy queries are bounded well below this. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final Driver driver;
    private final TransactionConfig config = TransactionConfig.builder().withTimeout(READ_TIMEOUT)
            .withMetadata(Map.of("app", "oncograph-api")).build();

    GraphReads(Driver driver) {
        this.driver = driver;
    }

    /** The records of one read statement with {@code $parameters}. */
    public List<Record> list(String cypher, Map<String, Object> parameters) {
        return transaction(tx -> tx.run(cypher, parameters).list());
    }

    /** The only record of a statement that always returns exactly one row (aggregations). */
    public Record single(String cypher, Map<String, Object> parameters) {
        return transaction(tx -> tx.run(cypher, parameters).single());
    }

    /**
     * A page of a list: {@code countCypher} returns the total as {@code total}, {@code pageCypher} the page's
     * rows (it gets {@code $skip} and {@code $limit}); both run in one transaction, so they agree.
     */
    public <T> Page<T> page(String countCypher, String pageCypher, Map<String, Object> parameters,
                            PageRequest page, Function<Record, T> mapper) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("skip", page.skip());
        all.put("limit", page.size());
        return transaction(tx -> {
            long total = tx.run(countCypher, all).single().get("total").asLong();
            return page.of(tx.run(pageCypher, all).list(mapper::apply), total);
        });
    }

    /** Several statements in one read transaction (one consistent snapshot). */
    public <T> T transaction(Function<TransactionContext, T> work) {
        return transaction(config, work);
    }

    /**
     * Several statements in one read transaction with another time limit than the API's: for background work that
     * reads the whole graph (statistics), never for a request.
     */
    public <T> T transaction(Duration timeout, Function<TransactionContext, T> work) {
        return transaction(TransactionConfig.builder().withTimeout(timeout)
                .withMetadata(Map.of("app", "oncograph-background")).build(), work);
    }

    private <T> T transaction(TransactionConfig transactionConfig, Function<TransactionContext, T> work) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build())) {
            return session.executeRead(work::apply, transactionConfig);
        }
    }
}
