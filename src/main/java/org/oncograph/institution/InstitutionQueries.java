package org.oncograph.institution;

import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.Nodes;
import org.oncograph.web.Page;
import org.oncograph.web.PageRequest;
import org.springframework.stereotype.Component;

/** The institution list, by name, optionally in one country. */
@Component
class InstitutionQueries {

    private static final String MATCH = """
            MATCH (i:Institution)
            WHERE $country IS NULL OR i.country = $country OR EXISTS { (i)-[:LOCATED_IN]->(:Country {code: $country}) }
            """;
    private static final String PAGE = """
            WITH i ORDER BY toLower(i.name), i.id SKIP $skip LIMIT $limit
            RETURN i, COUNT { (i)<-[:SPONSORED_BY|CONDUCTED_AT]-() } AS trials, COUNT { (i)-[:DEVELOPS]->() } AS therapies""";

    private final GraphReads reads;

    InstitutionQueries(GraphReads reads) {
        this.reads = reads;
    }

    Page<InstitutionItem> list(String country, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("country", country);
        return reads.page(MATCH + "RETURN count(i) AS total", MATCH + PAGE, parameters, page,
                InstitutionQueries::item);
    }

    private static InstitutionItem item(Record r) {
        Node i = r.get("i").asNode();
        return new InstitutionItem(Nodes.string(i, "id"), Nodes.string(i, "name"), Nodes.string(i, "kind"),
                Nodes.string(i, "city"), Nodes.string(i, "country"), Nodes.string(i, "rorId"),
                r.get("trials").asLong(), r.get("therapies").asLong());
    }
}
