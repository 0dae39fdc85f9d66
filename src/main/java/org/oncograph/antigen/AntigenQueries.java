package org.oncograph.antigen;

import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.Nodes;
import org.oncograph.web.Page;
import org.oncograph.web.PageRequest;
import org.springframework.stereotype.Component;

/** The antigen list, by symbol (the key's index gives the order). */
@Component
class AntigenQueries {

    private static final String LIST = """
            MATCH (a:Antigen) WHERE a.symbol IS NOT NULL
            WITH a ORDER BY a.symbol SKIP $skip LIMIT $limit
            RETURN a, COUNT { (a)<-[:TARGETS]-() } AS therapies""";

    private final GraphReads reads;

    AntigenQueries(GraphReads reads) {
        this.reads = reads;
    }

    Page<AntigenItem> list(PageRequest page) {
        return reads.page("RETURN COUNT { (:Antigen) } AS total", LIST, Map.of(), page, AntigenQueries::item);
    }

    private static AntigenItem item(Record r) {
        Node a = r.get("a").asNode();
        String common = Nodes.string(a, "commonName");
        return new AntigenItem(Nodes.string(a, "symbol"), common != null ? common : Nodes.string(a, "name"),
                Nodes.string(a, "name"), Nodes.string(a, "hgncId"), Nodes.strings(a, "synonyms"),
                r.get("therapies").asLong());
    }
}
