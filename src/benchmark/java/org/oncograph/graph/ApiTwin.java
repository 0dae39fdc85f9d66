package org.oncograph.graph;

import org.neo4j.driver.Driver;

/**
 * For the benchmark only: the API's read code (read transactions, reference resolution) built on a plain driver,
 * outside Spring, so the same statements can be timed without HTTP, MVC, security and JSON.
 */
public final class ApiTwin {

    private ApiTwin() {
    }

    public static GraphReads reads(Driver driver) {
        return new GraphReads(driver);
    }

    public static ReferenceResolver resolver(GraphReads reads) {
        return new ReferenceResolver(reads);
    }
}
