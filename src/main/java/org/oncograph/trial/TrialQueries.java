package org.oncograph.trial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.oncograph.graph.EntitySummary;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.Nodes;
import org.oncograph.web.Page;
import org.oncograph.web.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The trial list. The most selective filter given anchors the match (sponsor, antigen, cancer, country, status),
 * the others filter it; all fragments are constants, values are parameters.
 */
@Component
class TrialQueries {

    private static final String BY_SPONSOR = """
            MATCH (:Institution {id: $sponsor})<-[:SPONSORED_BY]-(tr:Trial)
            WITH DISTINCT tr
            """;
    private static final String BY_ANTIGEN = """
            MATCH (:Antigen {symbol: $antigen})<-[:TARGETS]-(:Therapy)<-[:TESTS]-(tr:Trial)
            WITH DISTINCT tr
            """;
    private static final String BY_CANCER = """
            MATCH (:Cancer {id: $cancer})<-[:SUBTYPE_OF*0..6]-(:Cancer)<-[:STUDIES]-(tr:Trial)
            WITH DISTINCT tr
            """;
    private static final String BY_COUNTRY = """
            MATCH (:Country {code: $country})<-[:LOCATED_IN]-(:Institution)<-[:CONDUCTED_AT|SPONSORED_BY]-(tr:Trial)
            WITH DISTINCT tr
            """;
    private static final String BY_STATUS = """
            MATCH (tr:Trial {status: $status})
            WITH tr
            """;
    private static final String ALL = """
            MATCH (tr:Trial) WHERE tr.nctId IS NOT NULL
            WITH tr
            """;
    private static final String SPONSOR_FILTER =
            "EXISTS { (tr)-[:SPONSORED_BY]->(:Institution {id: $sponsor}) }";
    private static final String ANTIGEN_FILTER =
            "EXISTS { (tr)-[:TESTS]->(:Therapy)-[:TARGETS]->(:Antigen {symbol: $antigen}) }";
    private static final String CANCER_FILTER =
            "EXISTS { (tr)-[:STUDIES]->(:Cancer)-[:SUBTYPE_OF*0..6]->(:Cancer {id: $cancer}) }";
    private static final String COUNTRY_FILTER =
            "EXISTS { (tr)-[:CONDUCTED_AT|SPONSORED_BY]->(:Institution)-[:LOCATED_IN]->(:Country {code: $country}) }";
    private static final String STATUS_FILTER = "tr.status = $status";
    private static final String PHASE_FILTER = "$phase IN tr.phases";
    private static final String PAGE = """
            WITH tr ORDER BY tr.nctId SKIP $skip LIMIT $limit
            RETURN tr,
                   [(tr)-[:TESTS]->(t:Therapy) | t][..10] AS therapies,
                   [(tr)-[:STUDIES]->(c:Cancer) | c][..10] AS cancers,
                   [(tr)-[:SPONSORED_BY]->(i:Institution) | i][..10] AS sponsors""";

    private final GraphReads reads;

    TrialQueries(GraphReads reads) {
        this.reads = reads;
    }

    Page<TrialItem> list(TrialFilter filter, PageRequest page) {
        String match = match(filter);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("sponsor", filter.sponsor());
        parameters.put("antigen", filter.antigen());
        parameters.put("cancer", filter.cancer());
        parameters.put("country", filter.country());
        parameters.put("status", filter.status() == null ? null : filter.status().name());
        parameters.put("phase", filter.phase() == null ? null : filter.phase().name());
        // Unfiltered, the total comes from the count store instead of counting every trial.
        String count = match.equals(ALL) ? "RETURN COUNT { (:Trial) } AS total" : match + "RETURN count(tr) AS total";
        return reads.page(count, match + PAGE, parameters, page, TrialQueries::item);
    }

    /** The anchor for the first filter given, then every other filter as a predicate. */
    static String match(TrialFilter f) {
        List<String> where = new ArrayList<>();
        String anchor;
        if (f.sponsor() != null) {
            anchor = BY_SPONSOR;
        } else if (f.antigen() != null) {
            anchor = BY_ANTIGEN;
        } else if (f.cancer() != null) {
            anchor = BY_CANCER;
        } else if (f.country() != null) {
            anchor = BY_COUNTRY;
        } else if (f.status() != null) {
            anchor = BY_STATUS;
        } else {
            anchor = ALL;
        }
        if (f.antigen() != null && anchor != BY_ANTIGEN) {
            where.add(ANTIGEN_FILTER);
        }
        if (f.cancer() != null && anchor != BY_CANCER) {
            where.add(CANCER_FILTER);
        }
        if (f.country() != null && anchor != BY_COUNTRY) {
            where.add(COUNTRY_FILTER);
        }
        if (f.status() != null && anchor != BY_STATUS) {
            where.add(STATUS_FILTER);
        }
        if (f.phase() != null) {
            where.add(PHASE_FILTER);
        }
        return where.isEmpty() ? anchor : anchor + "WHERE " + String.join(" AND ", where) + "\nWITH tr\n";
    }

    private static TrialItem item(Record r) {
        Node tr = r.get("tr").asNode();
        List<String> phases = Nodes.strings(tr, "phases");
        return new TrialItem(Nodes.string(tr, "nctId"), Nodes.string(tr, "title"), Nodes.string(tr, "phase"),
                phases.isEmpty() ? null : phases, Nodes.string(tr, "status"), Nodes.string(tr, "startDate"),
                Nodes.integer(tr, "enrollment"), r.get("therapies").asList(EntitySummary::of),
                r.get("cancers").asList(EntitySummary::of), r.get("sponsors").asList(EntitySummary::of));
    }
}
