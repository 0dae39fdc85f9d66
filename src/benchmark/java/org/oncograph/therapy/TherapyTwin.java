package org.oncograph.therapy;

import java.util.List;

import org.oncograph.graph.EntityType;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.ReferenceResolver;
import org.oncograph.web.PageRequest;

/** For the benchmark only: {@code GET /antigens/{ref}/therapies} as the controller runs it, minus HTTP. */
public final class TherapyTwin {

    private final GraphReads reads;
    private final ReferenceResolver resolver;
    private final TherapyQueries therapies;

    public TherapyTwin(GraphReads reads, ReferenceResolver resolver) {
        this.reads = reads;
        this.resolver = resolver;
        this.therapies = new TherapyQueries(reads);
    }

    /** The first page (default size) of the therapies targeting the antigen. */
    public int antigenTherapies(String ref) {
        // One read transaction, as AntigenController runs it.
        return reads.transaction(tx -> {
            var antigen = resolver.resolve(tx, "ref", ref, List.of(EntityType.ANTIGEN));
            return therapies.list(tx, new TherapyFilter(antigen.key(), null, null, null, null),
                    new PageRequest(0, PageRequest.DEFAULT_SIZE)).items().size();
        });
    }
}
