package org.oncograph.source;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.oncograph.graph.EntitySummary;
import org.oncograph.graph.EntityType;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.Nodes;
import org.oncograph.graph.ReferenceResolver;
import org.oncograph.graph.RelationshipType;
import org.oncograph.web.NotFoundException;
import org.oncograph.web.PageRequest;
import org.oncograph.web.SubjectPage;
import org.springframework.stereotype.Component;

/**
 * Pages through the sources of one relationship. Answers list a relationship's first 20 sources
 * ({@code Evidence}); a hub therapy's TARGETS link has one per trial that states it, tens of thousands at registry
 * scale, and this is where a client reads the rest. The page is cut from the list in the database.
 */
@Component
class SourceQueries {

    /**
     * The relationships of the type between the two nodes, either way round, and the page of their sources with
     * each one's {@code Source} node. Labels, key properties and the type come from the graph model's enums, never
     * from the request. One relationship (the usual case) is read as it is; several have their lists joined without
     * repeats. A {@code sources} written by hand as one string slices as a one-element list ({@code [0..]}).
     */
    private static final String PAGE = """
            MATCH (a:%s {%s: $from})-[r:%s]-(b:%s {%s: $to})
            WITH startNode(r) = a AS forward, r ORDER BY elementId(r)
            WITH collect(r) AS links, collect(forward)[0] AS forward
            WHERE size(links) > 0
            WITH links, forward, CASE size(links) WHEN 1 THEN links[0].sources[0..]
                 ELSE reduce(all = [], link IN links | all + [s IN link.sources[0..] WHERE NOT s IN all]) END AS ids
            CALL (ids) {
              UNWIND range($skip, $skip + $limit - 1) AS i
              WITH i WHERE i < size(ids)
              OPTIONAL MATCH (s:Source {id: ids[i]})
              WITH i, {id: ids[i], kind: s.kind, title: s.title, url: s.url, publisher: s.publisher} AS item
              ORDER BY i
              RETURN collect(item) AS items
            }
            RETURN size(links) AS relationships, forward, size(ids) AS total, items,
                   links[0].evidence AS evidence, links[0].method AS method""";

    private final GraphReads reads;
    private final ReferenceResolver resolver;

    SourceQueries(GraphReads reads, ReferenceResolver resolver) {
        this.reads = reads;
        this.resolver = resolver;
    }

    /**
     * The page of the sources of the {@code type} relationships between the entities {@code fromRef} and
     * {@code toRef} mean, each looked up only among the labels the type joins ("GPC3" is then the antigen). The
     * lookups and the page are read in one transaction.
     */
    SubjectPage<LinkSubject, SourceItem> sources(String fromRef, RelationshipType type, String toRef,
                                                 PageRequest page) {
        List<EntityType> ends = EntityType.referable().stream().filter(type::joins).toList();
        return reads.transaction(tx -> {
            EntitySummary from = resolver.resolve(tx, "from", fromRef, ends);
            EntitySummary to = resolver.resolve(tx, "to", toRef, ends);
            return page(tx, from, type, to, page);
        });
    }

    private static SubjectPage<LinkSubject, SourceItem> page(TransactionContext tx, EntitySummary from,
                                                             RelationshipType type, EntitySummary to,
                                                             PageRequest page) {
        EntityType fromType = EntityType.ofLabel(from.type()).orElseThrow();
        EntityType toType = EntityType.ofLabel(to.type()).orElseThrow();
        String cypher = PAGE.formatted(fromType.label(), fromType.keyProperty(), type.name(), toType.label(),
                toType.keyProperty());
        List<Record> found = tx.run(cypher, Map.of("from", from.key(), "to", to.key(), "skip", page.skip(),
                "limit", page.size())).list();
        if (found.isEmpty()) {
            throw new NotFoundException("No " + type.name() + " relationship joins " + from.type() + " '" + from.key()
                    + "' and " + to.type() + " '" + to.key() + "' (from, type, to).");
        }
        Record link = found.get(0);
        boolean forward = link.get("forward").asBoolean();
        var subject = new LinkSubject(forward ? from : to, type.name(), forward ? to : from,
                link.get("relationships").asInt(), link.get("evidence").asString(null),
                link.get("method").asString(null));
        List<SourceItem> items = link.get("items").asList(v -> new SourceItem(Nodes.string(v, "id"),
                Nodes.string(v, "kind"), Nodes.string(v, "title"), Nodes.string(v, "url"),
                Nodes.string(v, "publisher")));
        return SubjectPage.of(subject, page.of(items, link.get("total").asLong()));
    }
}
