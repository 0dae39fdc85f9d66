package org.oncograph.therapy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.oncograph.graph.Evidence;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.Nodes;
import org.oncograph.therapy.TherapyCard.CancerLink;
import org.oncograph.therapy.TherapyCard.InstitutionRole;
import org.oncograph.therapy.TherapyCard.ModalityRef;
import org.oncograph.therapy.TherapyCard.Target;
import org.oncograph.therapy.TherapyCard.TrialRef;
import org.oncograph.web.Page;
import org.oncograph.web.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Lists therapies as {@link TherapyCard}s for the antigen, cancer and therapy endpoints. Two reads in one
 * transaction: the page of therapy ids (filtered, ordered by name) and then the cards of just that page, in which
 * every collection is capped, so that a therapy with thousands of trials costs what one with twenty does.
 */
@Component
public class TherapyQueries {

    /** Trials listed per therapy; the card's trialCount has the full number. */
    public static final int TRIAL_SAMPLE = 20;
    /** Sub-lists (modalities, targets, cancers, institutions) are capped at this. */
    static final int LIST_CAP = 20;
    /** Subtype levels followed below a cancer, and broader levels above a modality. */
    static final int HIERARCHY_DEPTH = 6;

    private static final String BY_ANTIGEN = """
            MATCH (:Antigen {symbol: $antigen})<-[link:TARGETS]-(t:Therapy)
            WITH t, head(collect(link)) AS link
            """;
    private static final String BY_CANCER = """
            MATCH (:Cancer {id: $cancer})<-[:SUBTYPE_OF*0..6]-(c:Cancer)
            WITH DISTINCT c LIMIT 1000
            CALL (c) {
              MATCH (c)<-[r:STUDIED_FOR]-(t:Therapy) RETURN t, {cancer: c, link: r, trial: null} AS hit
              UNION
              MATCH (c)<-[:STUDIES]-(tr:Trial)-[:TESTS]->(t:Therapy)
              RETURN t, {cancer: c, link: null, trial: tr.nctId} AS hit
            }
            WITH t, collect(hit)[..20] AS link
            """;
    private static final String BY_MODALITY = """
            MATCH (:Modality {id: $modality})<-[:SUBTYPE_OF*0..6]-(:Modality)<-[:HAS_MODALITY]-(t:Therapy)
            WITH DISTINCT t, null AS link
            """;
    private static final String ALL = """
            MATCH (t:Therapy)
            WITH t, null AS link
            """;
    private static final String CANCER_FILTER = """
            (EXISTS { (t)-[:STUDIED_FOR]->(:Cancer)-[:SUBTYPE_OF*0..6]->(:Cancer {id: $cancer}) }
             OR EXISTS { (t)<-[:TESTS]-(:Trial)-[:STUDIES]->(:Cancer)-[:SUBTYPE_OF*0..6]->(:Cancer {id: $cancer}) })""";
    private static final String MODALITY_FILTER = """
            EXISTS { (t)-[:HAS_MODALITY]->(:Modality)-[:SUBTYPE_OF*0..6]->(:Modality {id: $modality}) }""";
    private static final String TRIAL_FILTER = """
            EXISTS { MATCH (t)<-[:TESTS]-(tr:Trial)
                     WHERE ($phase IS NULL OR $phase IN tr.phases) AND ($status IS NULL OR tr.status = $status) }""";
    private static final String PAGE = """
            WITH t, link ORDER BY toLower(t.name), t.id
            WITH collect({id: t.id, link: link}) AS rows
            RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS page""";

    private static final String CARDS = """
            UNWIND $ids AS id
            MATCH (t:Therapy {id: id})
            CALL (t) {
              MATCH (t)-[:HAS_MODALITY]->(m:Modality) WITH m LIMIT $cap RETURN collect(m) AS modalities
            }
            CALL (t) {
              MATCH (t)-[r:TARGETS]->(a:Antigen) WITH r, a LIMIT $cap RETURN collect({antigen: a, link: r}) AS targets
            }
            CALL (t) {
              MATCH (t)-[r:STUDIED_FOR]->(c:Cancer) WITH r, c LIMIT $cap RETURN collect({cancer: c, link: r}) AS studiedFor
            }
            CALL (t) {
              MATCH (t)<-[:TESTS]-(tr:Trial) WITH tr LIMIT $trialSample RETURN collect(tr) AS trials
            }
            CALL (trials) {
              UNWIND trials AS tr MATCH (tr)-[:STUDIES]->(c:Cancer)
              WITH DISTINCT c LIMIT $cap RETURN collect(c) AS trialCancers
            }
            CALL (t) {
              MATCH (i:Institution)-[:DEVELOPS]->(t) WITH i LIMIT $cap RETURN collect(i) AS developers
            }
            CALL (t) {
              MATCH (t)<-[:DEVELOPS]-(:Project)-[:HOSTED_BY]->(i:Institution)
              WITH DISTINCT i LIMIT $cap RETURN collect(i) AS hosts
            }
            CALL (trials) {
              UNWIND trials AS tr MATCH (tr)-[s:SPONSORED_BY]->(i:Institution)
              WITH i, s LIMIT $cap RETURN collect({institution: i, role: s.role}) AS sponsors
            }
            RETURN t, modalities, targets, studiedFor, trials, COUNT { (t)<-[:TESTS]-() } AS trialCount,
                   trialCancers, developers, hosts, sponsors""";

    private final GraphReads reads;

    TherapyQueries(GraphReads reads) {
        this.reads = reads;
    }

    /** The page of therapies matching the filter, ordered by name. */
    public Page<TherapyCard> list(TherapyFilter filter, PageRequest page) {
        String cypher = pageQuery(filter);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("antigen", filter.antigen());
        parameters.put("cancer", filter.cancer());
        parameters.put("modality", filter.modality());
        parameters.put("phase", filter.phase() == null ? null : filter.phase().name());
        parameters.put("status", filter.status() == null ? null : filter.status().name());
        parameters.put("skip", page.skip());
        parameters.put("limit", page.size());
        return reads.transaction(tx -> {
            Record result = tx.run(cypher, parameters).single();
            Map<String, Value> links = new LinkedHashMap<>();
            result.get("page").values().forEach(row -> links.put(row.get("id").asString(), row.get("link")));
            List<TherapyCard> cards = new ArrayList<>();
            if (!links.isEmpty()) {
                Map<String, Record> byId = new HashMap<>();
                tx.run(CARDS, Map.of("ids", List.copyOf(links.keySet()), "cap", LIST_CAP,
                        "trialSample", TRIAL_SAMPLE)).forEachRemaining(r -> byId.put(
                        r.get("t").asNode().get("id").asString(), r));
                links.forEach((id, link) -> {
                    Record card = byId.get(id);
                    if (card != null) {
                        cards.add(toCard(card, link));
                    }
                });
            }
            return page.of(cards, result.get("total").asLong());
        });
    }

    /** The filter's first selective part anchors the match; the others filter it. Fragments are constants. */
    static String pageQuery(TherapyFilter filter) {
        StringBuilder cypher = new StringBuilder();
        List<String> where = new ArrayList<>();
        if (filter.antigen() != null) {
            cypher.append(BY_ANTIGEN);
            if (filter.cancer() != null) {
                where.add(CANCER_FILTER);
            }
            if (filter.modality() != null) {
                where.add(MODALITY_FILTER);
            }
        } else if (filter.cancer() != null) {
            cypher.append(BY_CANCER);
            if (filter.modality() != null) {
                where.add(MODALITY_FILTER);
            }
        } else if (filter.modality() != null) {
            cypher.append(BY_MODALITY);
        } else {
            cypher.append(ALL);
        }
        if (filter.phase() != null || filter.status() != null) {
            where.add(TRIAL_FILTER);
        }
        if (!where.isEmpty()) {
            cypher.append("WHERE ").append(String.join("\n  AND ", where)).append('\n');
        }
        return cypher.append(PAGE).toString();
    }

    private static TherapyCard toCard(Record r, Value link) {
        Node t = r.get("t").asNode();
        List<ModalityRef> modalities = r.get("modalities").asList(v -> new ModalityRef(
                Nodes.string(v.asNode(), "id"), Nodes.string(v.asNode(), "name")));
        List<Target> targets = r.get("targets").asList(v -> target(v.get("antigen").asNode(), v.get("link")));
        Target targeting = null;
        List<CancerLink> matched = null;
        if (link.hasType(org.neo4j.driver.types.TypeSystem.getDefault().LIST())) {
            matched = sorted(link.asList(TherapyQueries::cancerHit), c -> c.id() + " " + c.via());
        } else if (!link.isNull()) {
            String antigenId = link.asRelationship().endNodeElementId();
            targeting = r.get("targets").asList(v -> v).stream()
                    .filter(v -> v.get("antigen").asNode().elementId().equals(antigenId))
                    .findFirst().map(v -> target(v.get("antigen").asNode(), v.get("link"))).orElse(null);
        }
        List<CancerLink> cancers = new ArrayList<>();
        r.get("studiedFor").values().forEach(v -> {
            Node c = v.get("cancer").asNode();
            var rel = v.get("link").asRelationship();
            cancers.add(new CancerLink(Nodes.string(c, "id"), Nodes.string(c, "name"), "studied-for", null,
                    emptyToNull(Nodes.strings(rel, "qualifiers")), Evidence.of(rel)));
        });
        r.get("trialCancers").values().forEach(v -> {
            Node c = v.asNode();
            String id = Nodes.string(c, "id");
            if (cancers.stream().noneMatch(existing -> existing.id().equals(id))) {
                cancers.add(new CancerLink(id, Nodes.string(c, "name"), "trial", null, null, null));
            }
        });
        List<TrialRef> trials = r.get("trials").asList(v -> trial(v.asNode())).stream()
                .sorted(Comparator.comparing(TrialRef::nctId)).toList();
        // Sub-lists come in storage order, which differs between databases: sort them so answers are stable.
        cancers.sort(Comparator.comparing((CancerLink c) -> !"studied-for".equals(c.via()))
                .thenComparing(c -> c.name() == null ? "" : c.name().toLowerCase(java.util.Locale.ROOT)));
        return new TherapyCard(Nodes.string(t, "id"), Nodes.string(t, "name"), Nodes.strings(t, "synonyms"),
                Nodes.string(t, "kind"), targeting, matched, sorted(modalities, ModalityRef::name),
                sorted(targets, Target::symbol), cancers, trials, r.get("trialCount").asLong(),
                sorted(institutions(r), InstitutionRole::name));
    }

    /** One way a therapy reaches a cancer of the asked subtree: a STUDIED_FOR link, or one of its trials. */
    private static CancerLink cancerHit(Value hit) {
        Node c = hit.get("cancer").asNode();
        Value link = hit.get("link");
        if (link.isNull()) {
            return new CancerLink(Nodes.string(c, "id"), Nodes.string(c, "name"), "trial",
                    hit.get("trial").asString(null), null, null);
        }
        var rel = link.asRelationship();
        return new CancerLink(Nodes.string(c, "id"), Nodes.string(c, "name"), "studied-for", null,
                emptyToNull(Nodes.strings(rel, "qualifiers")), Evidence.of(rel));
    }

    private static List<InstitutionRole> institutions(Record r) {
        Map<String, InstitutionRole> byId = new LinkedHashMap<>();
        r.get("developers").values().forEach(v -> addRole(byId, v.asNode(), "developer"));
        r.get("hosts").values().forEach(v -> addRole(byId, v.asNode(), "project-host"));
        r.get("sponsors").values().forEach(v -> addRole(byId, v.get("institution").asNode(),
                "collaborator".equals(v.get("role").asString(null)) ? "collaborator" : "sponsor"));
        return byId.values().stream().limit(LIST_CAP).toList();
    }

    private static void addRole(Map<String, InstitutionRole> byId, Node i, String role) {
        String id = Nodes.string(i, "id");
        InstitutionRole existing = byId.get(id);
        List<String> roles = new ArrayList<>(existing == null ? List.of() : existing.roles());
        if (!roles.contains(role)) {
            roles.add(role);
        }
        byId.put(id, new InstitutionRole(id, Nodes.string(i, "name"), Nodes.string(i, "country"), roles));
    }

    static Target target(Node antigen, Value link) {
        var rel = link.asRelationship();
        String common = Nodes.string(antigen, "commonName");
        return new Target(Nodes.string(antigen, "symbol"), common != null ? common : Nodes.string(antigen, "name"),
                Nodes.string(rel, "isoform"), Nodes.string(rel, "action"), Evidence.of(rel));
    }

    static TrialRef trial(Node trial) {
        return new TrialRef(Nodes.string(trial, "nctId"), Nodes.string(trial, "title"), Nodes.string(trial, "phase"),
                emptyToNull(Nodes.strings(trial, "phases")), Nodes.string(trial, "status"));
    }

    private static <T> List<T> sorted(List<T> list, java.util.function.Function<T, String> key) {
        return list.stream().sorted(Comparator.comparing(
                (T item) -> key.apply(item) == null ? "" : key.apply(item).toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    private static List<String> emptyToNull(List<String> list) {
        return list.isEmpty() ? null : list;
    }
}
