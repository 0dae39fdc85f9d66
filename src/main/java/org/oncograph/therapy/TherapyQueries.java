package org.oncograph.therapy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
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

    /**
     * Names in the order a reader expects, case aside, missing ones first. Compared in place: lower-casing both names
     * in every comparison copied them, thousands of times for a page of cards (docs/performance.md).
     */
    private static final Comparator<String> BY_NAME = Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER);

    /** The provenance of a relationship that {@link Evidence#of} reads, with its sources capped (graph-model.md). */
    private static final String EVIDENCE = Evidence.entries("r");
    /** The same over the relationship {@code hit.link} (a projection takes variables only, so a map literal). */
    private static final String HIT_LINK = "CASE WHEN hit.link IS NOT NULL THEN {qualifiers: hit.link.qualifiers, "
            + Evidence.entries("hit.link") + "} END";

    private static final String BY_ANTIGEN = """
            MATCH (:Antigen {symbol: $antigen})<-[:TARGETS]-(t:Therapy)
            WITH DISTINCT t, null AS link
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
    /**
     * A filtered list: every match is needed for the total, so they are collected, but only as ids (and, for a
     * cancer, the node and relationship references of its hits); properties are read for the page only.
     */
    private static final String PAGE = """
            WITH t, link ORDER BY toLower(t.name), t.id
            WITH collect({id: t.id, link: link}) AS rows
            WITH size(rows) AS total, rows[$skip..($skip + $limit)] AS rows
            WITH total, [row IN rows | {id: row.id, link: [hit IN row.link |
                {cancer: {id: hit.cancer.id, name: hit.cancer.name}, link: %s, trial: hit.trial}]}] AS rows
            """.formatted(HIT_LINK);
    /**
     * The therapies of an antigen with no other filter, the commonest question: the total is the antigen's TARGETS
     * degree (O(1) on a dense hub: one TARGETS per therapy and antigen, only from therapies; graph-model.md), and
     * ORDER BY ... LIMIT is a Top-N that keeps only the page in memory instead of sorting every therapy.
     */
    private static final String ANTIGEN_PAGE = """
            OPTIONAL MATCH (a:Antigen {symbol: $antigen})
            CALL (a) {
              MATCH (a)<-[:TARGETS]-(t:Therapy)
              WITH DISTINCT t ORDER BY toLower(t.name), t.id SKIP $skip LIMIT $limit
              RETURN collect({id: t.id, link: null}) AS rows
            }
            WITH COUNT { (a)<-[:TARGETS]-() } AS total, rows
            """;
    /** All therapies, unfiltered: the count comes from the count store, the page from a Top-N. */
    private static final String ALL_PAGE = """
            CALL () {
              MATCH (t:Therapy)
              WITH t ORDER BY toLower(t.name), t.id SKIP $skip LIMIT $limit
              RETURN collect({id: t.id, link: null}) AS rows
            }
            WITH COUNT { (:Therapy) } AS total, rows
            """;

    /**
     * The cards of the page's therapies, appended to the page query (one round trip). Only the properties a card
     * shows are returned: whole trial nodes carry titles, arms and eligibility text that the card never shows.
     */
    private static final String CARDS = """
            CALL (rows) {
              UNWIND rows AS row
              MATCH (t:Therapy {id: row.id})
              CALL (t) {
                MATCH (t)-[:HAS_MODALITY]->(m:Modality) WITH m LIMIT $cap RETURN collect(m {.id, .name}) AS modalities
              }
              CALL (t) {
                MATCH (t)-[r:TARGETS]->(a:Antigen) WITH r, a LIMIT $cap
                RETURN collect({antigen: a {.symbol, .commonName, .name}, link: r {.isoform, .action, %1$s}}) AS targets
              }
              CALL (t) {
                MATCH (t)-[r:TARGETS]->(a:Antigen {symbol: $antigen}) WITH r, a LIMIT 1
                RETURN collect({antigen: a {.symbol, .commonName, .name}, link: r {.isoform, .action, %1$s}})
                       AS targeting
              }
              CALL (t) {
                MATCH (t)-[r:STUDIED_FOR]->(c:Cancer) WITH r, c LIMIT $cap
                RETURN collect({cancer: c {.id, .name}, link: r {.qualifiers, %1$s}}) AS studiedFor
              }
              CALL (t) {
                MATCH (t)<-[:TESTS]-(tr:Trial) WITH tr LIMIT $trialSample RETURN collect(tr) AS trials
              }
              CALL (trials) {
                UNWIND trials AS tr MATCH (tr)-[:STUDIES]->(c:Cancer)
                WITH DISTINCT c LIMIT $cap RETURN collect(c {.id, .name}) AS trialCancers
              }
              CALL (t) {
                MATCH (i:Institution)-[:DEVELOPS]->(t) WITH i LIMIT $cap RETURN collect(i {.id, .name, .country}) AS developers
              }
              CALL (t) {
                MATCH (t)<-[:DEVELOPS]-(:Project)-[:HOSTED_BY]->(i:Institution)
                WITH DISTINCT i LIMIT $cap RETURN collect(i {.id, .name, .country}) AS hosts
              }
              CALL (trials) {
                UNWIND trials AS tr MATCH (tr)-[s:SPONSORED_BY]->(i:Institution)
                WITH i, s LIMIT $cap RETURN collect({institution: i {.id, .name, .country}, role: s.role}) AS sponsors
              }
              RETURN collect({t: t {.id, .name, .synonyms, .kind}, link: row.link, modalities: modalities,
                              targets: targets, targeting: targeting, studiedFor: studiedFor,
                              trials: [tr IN trials | tr {.nctId, .title, .phase, .phases, .status}],
                              trialCount: COUNT { (t)<-[:TESTS]-() }, trialCancers: trialCancers,
                              developers: developers, hosts: hosts, sponsors: sponsors}) AS cards
            }
            RETURN total, cards""".formatted(EVIDENCE);

    private final GraphReads reads;

    TherapyQueries(GraphReads reads) {
        this.reads = reads;
    }

    /** The page of therapies matching the filter, ordered by name. */
    public Page<TherapyCard> list(TherapyFilter filter, PageRequest page) {
        return reads.transaction(tx -> list(tx, filter, page));
    }

    /** The same, in a transaction the caller holds (with the resolution of the list's subject). */
    public Page<TherapyCard> list(TransactionContext tx, TherapyFilter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("antigen", filter.antigen());
        parameters.put("cancer", filter.cancer());
        parameters.put("modality", filter.modality());
        parameters.put("phase", filter.phase() == null ? null : filter.phase().name());
        parameters.put("status", filter.status() == null ? null : filter.status().name());
        parameters.put("skip", page.skip());
        parameters.put("limit", page.size());
        parameters.put("cap", LIST_CAP);
        parameters.put("trialSample", TRIAL_SAMPLE);
        Record result = tx.run(pageQuery(filter) + CARDS, parameters).single();
        List<TherapyCard> cards = result.get("cards").asList(TherapyQueries::toCard);
        return page.of(cards, result.get("total").asLong());
    }

    /**
     * The filter's first selective part anchors the match; the others filter it. Fragments are constants. The
     * statement ends with {@code total} and {@code rows} (the page: id and, for a cancer, its hits).
     */
    static String pageQuery(TherapyFilter filter) {
        boolean trialFilter = filter.phase() != null || filter.status() != null;
        if (filter.cancer() == null && filter.modality() == null && !trialFilter) {
            return filter.antigen() != null ? ANTIGEN_PAGE : ALL_PAGE;
        }
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
        if (trialFilter) {
            where.add(TRIAL_FILTER);
        }
        if (!where.isEmpty()) {
            cypher.append("WHERE ").append(String.join("\n  AND ", where)).append('\n');
        }
        return cypher.append(PAGE).toString();
    }

    /** One card of the statement's {@code cards}: maps of just the properties shown (see {@link #CARDS}). */
    private static TherapyCard toCard(Value card) {
        Value t = card.get("t");
        List<ModalityRef> modalities = card.get("modalities").asList(v -> new ModalityRef(
                Nodes.string(v, "id"), Nodes.string(v, "name")));
        List<Target> targets = card.get("targets").asList(v -> target(v.get("antigen"), v.get("link")));
        Target targeting = card.get("targeting").asList(v -> target(v.get("antigen"), v.get("link"))).stream()
                .findFirst().orElse(null);
        Value link = card.get("link");
        List<CancerLink> matched = link.isNull() ? null
                : sorted(link.asList(TherapyQueries::cancerHit), c -> c.id() + " " + c.via());
        List<CancerLink> cancers = new ArrayList<>();
        card.get("studiedFor").values().forEach(v -> {
            Value c = v.get("cancer");
            Value rel = v.get("link");
            cancers.add(new CancerLink(Nodes.string(c, "id"), Nodes.string(c, "name"), "studied-for", null,
                    emptyToNull(Nodes.strings(rel, "qualifiers")), Evidence.of(rel)));
        });
        card.get("trialCancers").values().forEach(c -> {
            String id = Nodes.string(c, "id");
            if (cancers.stream().noneMatch(existing -> existing.id().equals(id))) {
                cancers.add(new CancerLink(id, Nodes.string(c, "name"), "trial", null, null, null));
            }
        });
        List<TrialRef> trials = card.get("trials").asList(TherapyQueries::trial).stream()
                .sorted(Comparator.comparing(TrialRef::nctId)).toList();
        // Sub-lists come in storage order, which differs between databases: sort them so answers are stable.
        cancers.sort(Comparator.comparing((CancerLink c) -> !"studied-for".equals(c.via()))
                .thenComparing(CancerLink::name, BY_NAME));
        return new TherapyCard(Nodes.string(t, "id"), Nodes.string(t, "name"), Nodes.strings(t, "synonyms"),
                Nodes.string(t, "kind"), targeting, matched, sorted(modalities, ModalityRef::name),
                sorted(targets, Target::symbol), cancers, trials, card.get("trialCount").asLong(),
                sorted(institutions(card), InstitutionRole::name));
    }

    /** One way a therapy reaches a cancer of the asked subtree: a STUDIED_FOR link, or one of its trials. */
    private static CancerLink cancerHit(Value hit) {
        Value c = hit.get("cancer");
        Value link = hit.get("link");
        if (link.isNull()) {
            return new CancerLink(Nodes.string(c, "id"), Nodes.string(c, "name"), "trial",
                    hit.get("trial").asString(null), null, null);
        }
        return new CancerLink(Nodes.string(c, "id"), Nodes.string(c, "name"), "studied-for", null,
                emptyToNull(Nodes.strings(link, "qualifiers")), Evidence.of(link));
    }

    private static List<InstitutionRole> institutions(Value card) {
        Map<String, InstitutionRole> byId = new LinkedHashMap<>();
        card.get("developers").values().forEach(v -> addRole(byId, v, "developer"));
        card.get("hosts").values().forEach(v -> addRole(byId, v, "project-host"));
        card.get("sponsors").values().forEach(v -> addRole(byId, v.get("institution"),
                "collaborator".equals(v.get("role").asString(null)) ? "collaborator" : "sponsor"));
        return byId.values().stream().limit(LIST_CAP).toList();
    }

    private static void addRole(Map<String, InstitutionRole> byId, MapAccessor i, String role) {
        String id = Nodes.string(i, "id");
        InstitutionRole existing = byId.get(id);
        List<String> roles = new ArrayList<>(existing == null ? List.of() : existing.roles());
        if (!roles.contains(role)) {
            roles.add(role);
        }
        byId.put(id, new InstitutionRole(id, Nodes.string(i, "name"), Nodes.string(i, "country"), roles));
    }

    /** A TARGETS link from the antigen's and the link's properties (nodes, relationships or projected maps). */
    static Target target(MapAccessor antigen, MapAccessor link) {
        String common = Nodes.string(antigen, "commonName");
        return new Target(Nodes.string(antigen, "symbol"), common != null ? common : Nodes.string(antigen, "name"),
                Nodes.string(link, "isoform"), Nodes.string(link, "action"), Evidence.of(link));
    }

    static TrialRef trial(MapAccessor trial) {
        return new TrialRef(Nodes.string(trial, "nctId"), Nodes.string(trial, "title"), Nodes.string(trial, "phase"),
                emptyToNull(Nodes.strings(trial, "phases")), Nodes.string(trial, "status"));
    }

    private static <T> List<T> sorted(List<T> list, java.util.function.Function<T, String> key) {
        return list.stream().sorted(Comparator.comparing(key, BY_NAME)).toList();
    }

    private static List<String> emptyToNull(List<String> list) {
        return list.isEmpty() ? null : list;
    }
}
