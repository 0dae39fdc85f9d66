package org.oncograph.therapy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.oncograph.explore.NeighbourQueries;
import org.oncograph.graph.EntitySummary;
import org.oncograph.graph.EntityType;
import org.oncograph.graph.Nodes;
import org.oncograph.graph.ReferenceResolver;
import org.oncograph.web.Page;
import org.oncograph.web.PageRequest;
import org.oncograph.web.ParameterChecks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Therapies: the filtered list and one therapy. */
@RestController
@RequestMapping(path = "/api/v1/therapies", produces = "application/json")
@Tag(name = "therapies", description = "Therapies, their targets, cancers, trials and institutions")
class TherapyController {

    private final ReferenceResolver resolver;
    private final TherapyFilters filters;
    private final TherapyQueries therapies;
    private final NeighbourQueries neighbours;

    TherapyController(ReferenceResolver resolver, TherapyFilters filters, TherapyQueries therapies,
                      NeighbourQueries neighbours) {
        this.resolver = resolver;
        this.filters = filters;
        this.therapies = therapies;
        this.neighbours = neighbours;
    }

    @GetMapping
    @Operation(summary = "All therapies, by name, filtered")
    Page<TherapyCard> list(
            @Parameter(description = "antigen it targets: symbol, name or synonym")
            @RequestParam(required = false) String antigen,
            @Parameter(description = "cancer it is studied for (subtypes included): id, name or synonym")
            @RequestParam(required = false) String cancer,
            @Parameter(description = "modality (narrower kinds included): id or name")
            @RequestParam(required = false) String modality,
            @Parameter(description = "a trial phase of the therapy") @RequestParam(required = false) String phase,
            @Parameter(description = "a trial status of the therapy") @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, 1 to 100") @RequestParam(required = false) Integer size) {
        ParameterChecks checks = new ParameterChecks();
        PageRequest paging = PageRequest.of(page, size, checks);
        TherapyFilters.Checked checked = filters.check(checks, antigen, cancer, modality, phase, status);
        checks.validate();
        return therapies.list(filters.resolve(checked, null, null), paging);
    }

    @GetMapping("/{ref}")
    @Operation(summary = "One therapy with its neighbours")
    TherapyDetails one(@Parameter(description = "slug, name or synonym: car-gpc3-t-cells, GPC3 CAR-T")
                       @PathVariable String ref) {
        var entity = neighbours.find(ref, EntityType.THERAPY);
        EntitySummary therapy = entity.summary();
        var t = entity.node();
        return new TherapyDetails(therapy.type(), therapy.key(), therapy.name(), Nodes.strings(t, "synonyms"),
                Nodes.string(t, "kind"), Nodes.string(t, "description"), Nodes.string(t, "developmentStage"),
                entity.neighbours());
    }
}
