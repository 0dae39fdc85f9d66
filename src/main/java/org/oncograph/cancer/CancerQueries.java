package org.oncograph.cancer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.oncograph.graph.EntitySummary;
import org.oncograph.graph.Evidence;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.Nodes;
import org.oncograph.web.Page;
import org.oncograph.web.PageRequest;
import org.springframework.stereotype.Component;

/** Read models about cancers: the list, and the antigens targeted in a cancer and its subtypes. */
@Component
class CancerQueries {

    private static final String COUNT = """
            MATCH (c:Cancer)
            WHERE $parent IS NULL OR EXISTS { (c)-[:SUBTYPE_OF*1..6]->(:Cancer {id: $parent}) }
            RETURN count(c) AS total""";
    private static final String LIST = """
            MATCH (c:Cancer)
            WHERE $parent IS NULL OR EXISTS { (c)-[:SUBTYPE_OF*1..6]->(:Cancer {id: $parent}) }
            WITH c ORDER BY toLower(c.name), c.id SKIP $skip LIMIT $limit
            RETURN c, [(c)-[:SUBTYPE_OF]->(b:Cancer) | b][..10] AS broader,
                   COUNT { (c)<-[:SUBTYPE_OF]-() } AS subtypes, COUNT { (c)<-[:STUDIED_FOR]-() } AS therapies,
                   COUNT { (c)<-[:STUDIES]-() } AS trials""";

    private static final String ANTIGENS = """
            MATCH (:Cancer {id: $cancer})<-[:SUBTYPE_OF*0..6]-(c:Cancer)
            WITH collect(DISTINCT c)[..1000] AS scope
            CALL (scope) {
              UNWIND scope AS c
              CALL (c) {
                MATCH (c)<-[:STUDIED_FOR]-(t:Therapy)-[:TARGETS]->(a:Antigen) RETURN a, t, 'studied-for' AS via
                UNION
                MATCH (c)<-[:STUDIES]-(:Trial)-[:TESTS]->(t:Therapy)-[:TARGETS]->(a:Antigen)
                RETURN a, t, 'trial' AS via
                UNION
                MATCH (c)<-[:EXPRESSED_IN]-(a:Antigen) RETURN a, null AS t, 'expressed' AS via
              }
              WITH a, t, collect(DISTINCT via) AS vias
              WITH a, collect({therapy: t, via: vias}) AS links
              WITH a, [x IN links WHERE x.therapy IS NOT NULL] AS therapies
              ORDER BY size(therapies) DESC, a.symbol
              // Aggregating here gives one row even when nothing matched.
              RETURN collect({antigen: a, therapies: therapies}) AS rows
            }
            WITH scope, size(rows) AS total, rows[$skip..($skip + $limit)] AS pageRows
            CALL (scope, pageRows) {
              UNWIND pageRows AS row
              WITH scope, row, row.antigen AS a
              RETURN collect({
                antigen: a,
                therapies: [x IN row.therapies | {id: x.therapy.id, name: x.therapy.name,
                            via: [v IN x.via WHERE v <> 'expressed']}][..20],
                therapyCount: size(row.therapies),
                expressed: [(a)-[e:EXPRESSED_IN]->(x:Cancer) WHERE x IN scope | {cancer: x, link: %s}][..20]
              }) AS page
            }
            RETURN total, page""".formatted(Evidence.projection("e"));

    private final GraphReads reads;

    CancerQueries(GraphReads reads) {
        this.reads = reads;
    }

    Page<CancerItem> list(String parent, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("parent", parent);
        return reads.page(COUNT, LIST, parameters, page, CancerQueries::item);
    }

    Page<CancerAntigen> antigens(String cancer, PageRequest page) {
        Record result = reads.single(ANTIGENS, Map.of("cancer", cancer, "skip", page.skip(),
                "limit", page.size()));
        List<CancerAntigen> items = result.get("page").asList(CancerQueries::antigen);
        return page.of(items, result.get("total").asLong());
    }

    private static CancerItem item(Record r) {
        Node c = r.get("c").asNode();
        return new CancerItem(Nodes.string(c, "id"), Nodes.string(c, "name"), Nodes.strings(c, "synonyms"),
                r.get("broader").asList(EntitySummary::of), r.get("subtypes").asLong(),
                r.get("therapies").asLong(), r.get("trials").asLong());
    }

    private static CancerAntigen antigen(Value row) {
        EntitySummary antigen = EntitySummary.of(row.get("antigen"));
        List<CancerAntigen.TherapyVia> therapies = row.get("therapies").asList(t -> new CancerAntigen.TherapyVia(
                t.get("id").asString(null), t.get("name").asString(null), t.get("via").asList(Value::asString)));
        List<CancerAntigen.Expression> expressed = row.get("expressed").asList(e -> {
            Node cancer = e.get("cancer").asNode();
            return new CancerAntigen.Expression(Nodes.string(cancer, "id"), Nodes.string(cancer, "name"),
                    Evidence.of(e.get("link")));
        });
        return new CancerAntigen(antigen.key(), antigen.name(), therapies, row.get("therapyCount").asLong(),
                expressed);
    }
}
