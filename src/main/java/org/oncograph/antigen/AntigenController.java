package org.oncograph.antigen;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.oncograph.explore.NeighbourQueries;
import org.oncograph.graph.EntitySummary;
import org.oncograph.graph.Nodes;
import org.oncograph.graph.EntityType;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.ReferenceResolver;
import org.oncograph.therapy.TherapyCard;
import org.oncograph.therapy.TherapyFilter;
import org.oncograph.therapy.TherapyFilters;
import org.oncograph.therapy.TherapyQueries;
import org.oncograph.web.Page;
import org.oncograph.web.PageRequest;
import org.oncograph.web.ParameterChecks;
import org.oncograph.web.SubjectPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Antigens: the list, one antigen, and the therapies that target it. */
@RestController
@RequestMapping(path = "/api/v1/antigens", produces = "application/json")
@Tag(name = "antigens", description = "Antigens (HGNC symbols) and the therapies that target them")
class AntigenController {

    private final ReferenceResolver resolver;
    private final TherapyFilters filters;
    private final TherapyQueries therapies;
    private final AntigenQueries antigens;
    private final NeighbourQueries neighbours;
    private final GraphReads reads;

    AntigenController(ReferenceResolver resolver, TherapyFilters filters, TherapyQueries therapies,
                      AntigenQueries antigens, NeighbourQueries neighbours, GraphReads reads) {
        this.reads = reads;
        this.resolver = resolver;
        this.filters = filters;
        this.therapies = therapies;
        this.antigens = antigens;
        this.neighbours = neighbours;
    }

    @GetMapping
    @Operation(summary = "All antigens, by HGNC symbol")
    Page<AntigenItem> list(@RequestParam(required = false) Integer page,
                           @Parameter(description = "page size, 1 to 100") @RequestParam(required = false)
                           Integer size) {
        ParameterChecks checks = new ParameterChecks();
        PageRequest paging = PageRequest.of(page, size, checks);
        checks.validate();
        return antigens.list(paging);
    }

    @GetMapping("/{ref}")
    @Operation(summary = "One antigen with its identifiers, names and neighbours")
    AntigenDetails one(@Parameter(description = "HGNC symbol, HGNC id, name or synonym: ERBB2, HER2, CD340")
                       @PathVariable String ref) {
        var entity = neighbours.find(ref, EntityType.ANTIGEN);
        EntitySummary antigen = entity.summary();
        var a = entity.node();
        return new AntigenDetails(antigen.type(), antigen.key(), antigen.name(), Nodes.string(a, "name"),
                Nodes.string(a, "hgncId"), Nodes.strings(a, "synonyms"), Nodes.strings(a, "isoforms"),
                Nodes.string(a, "uniprot"), Nodes.string(a, "entrez"), entity.neighbours());
    }

    @GetMapping("/{ref}/therapies")
    @Operation(summary = "The therapies that target an antigen",
            description = "Each with its modality, the cancers it is studied for, its trials (phase, status), the "
                    + "institutions behind it and the evidence of the TARGETS link. A biomarker of eligibility "
                    + "(\"HER2-negative\") is never a TARGETS link.")
    SubjectPage<EntitySummary, TherapyCard> therapies(
            @Parameter(description = "HGNC symbol, HGNC id, name or synonym: ERBB2, HER2, CD340, glypican-3")
            @PathVariable String ref,
            @Parameter(description = "modality id or name; narrower kinds are included (car-t includes armored CAR-T)")
            @RequestParam(required = false) String modality,
            @Parameter(description = "cancer id, name or synonym; subtypes are included")
            @RequestParam(required = false) String cancer,
            @Parameter(description = "a trial phase of the therapy: PHASE1, 1, EARLY_PHASE1, NA...")
            @RequestParam(required = false) String phase,
            @Parameter(description = "a trial status of the therapy: RECRUITING, COMPLETED...")
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, 1 to 100") @RequestParam(required = false) Integer size) {
        ParameterChecks checks = new ParameterChecks();
        PageRequest paging = PageRequest.of(page, size, checks);
        TherapyFilters.Checked checked = filters.check(checks, null, cancer, modality, phase, status);
        checks.validate();
        // The antigen and its therapies in one read transaction: one BEGIN and COMMIT per request, not two.
        return reads.transaction(tx -> {
            EntitySummary antigen = resolver.resolve(tx, "ref", ref, List.of(EntityType.ANTIGEN));
            TherapyFilter filter = filters.resolve(checked, antigen.key(), null);
            return SubjectPage.of(antigen, therapies.list(tx, filter, paging));
        });
    }
}
