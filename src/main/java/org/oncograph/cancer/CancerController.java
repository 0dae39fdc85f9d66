package org.oncograph.cancer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.oncograph.explore.NeighbourQueries;
import org.oncograph.graph.EntitySummary;
import org.oncograph.graph.EntityType;
import org.oncograph.graph.Nodes;
import org.oncograph.graph.ReferenceResolver;
import org.oncograph.therapy.TherapyCard;
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

/** Cancers: the list, one cancer, and the therapies and antigens of a cancer and its subtypes. */
@RestController
@RequestMapping(path = "/api/v1/cancers", produces = "application/json")
@Tag(name = "cancers", description = "Cancers (MONDO/NCIt ids), their subtypes, therapies and antigens")
class CancerController {

    private final ReferenceResolver resolver;
    private final TherapyFilters filters;
    private final TherapyQueries therapies;
    private final CancerQueries cancers;
    private final NeighbourQueries neighbours;

    CancerController(ReferenceResolver resolver, TherapyFilters filters, TherapyQueries therapies,
                     CancerQueries cancers, NeighbourQueries neighbours) {
        this.resolver = resolver;
        this.filters = filters;
        this.therapies = therapies;
        this.cancers = cancers;
        this.neighbours = neighbours;
    }

    @GetMapping
    @Operation(summary = "All cancers, by name; optionally only the subtypes of one")
    Page<CancerItem> list(
            @Parameter(description = "only subtypes (at any depth) of this cancer: id, name or synonym")
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, 1 to 100") @RequestParam(required = false) Integer size) {
        ParameterChecks checks = new ParameterChecks();
        PageRequest paging = PageRequest.of(page, size, checks);
        String parentRef = checks.text("parent", parent, false, 200);
        checks.validate();
        String parentId = parentRef == null ? null : resolver.resolve("parent", parentRef, EntityType.CANCER).key();
        return cancers.list(parentId, paging);
    }

    @GetMapping("/{ref}")
    @Operation(summary = "One cancer with its identifiers and neighbours")
    CancerDetails one(@Parameter(description = "MONDO/NCIt id, DOID, name or synonym: MONDO:0007256, liver cancer")
                      @PathVariable String ref) {
        var entity = neighbours.find(ref, EntityType.CANCER);
        EntitySummary cancer = entity.summary();
        var n = entity.node();
        return new CancerDetails(cancer.type(), cancer.key(), Nodes.string(n, "name"), Nodes.strings(n, "synonyms"),
                Nodes.string(n, "mondoId"), Nodes.string(n, "ncitId"), Nodes.string(n, "doid"),
                entity.neighbours());
    }

    @GetMapping("/{ref}/therapies")
    @Operation(summary = "The therapies studied for a cancer and its subtypes",
            description = "Asking for bone sarcoma includes osteosarcoma, Ewing sarcoma and chondrosarcoma. "
                    + "matchedCancers says how each therapy is linked: studied-for (a source says so) or trial.")
    SubjectPage<EntitySummary, TherapyCard> therapies(
            @Parameter(description = "MONDO/NCIt id, name or synonym") @PathVariable String ref,
            @Parameter(description = "antigen the therapy targets: symbol, name or synonym")
            @RequestParam(required = false) String antigen,
            @Parameter(description = "modality id or name; narrower kinds are included")
            @RequestParam(required = false) String modality,
            @Parameter(description = "a trial phase of the therapy") @RequestParam(required = false) String phase,
            @Parameter(description = "a trial status of the therapy") @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, 1 to 100") @RequestParam(required = false) Integer size) {
        ParameterChecks checks = new ParameterChecks();
        PageRequest paging = PageRequest.of(page, size, checks);
        TherapyFilters.Checked checked = filters.check(checks, antigen, null, modality, phase, status);
        checks.validate();
        EntitySummary cancer = resolver.resolve("ref", ref, EntityType.CANCER);
        return SubjectPage.of(cancer, therapies.list(filters.resolve(checked, null, cancer.key()), paging));
    }

    @GetMapping("/{ref}/antigens")
    @Operation(summary = "The antigens targeted in a cancer and its subtypes",
            description = "Antigens targeted by therapies linked to the cancer (studied-for or trial), and "
                    + "antigens expressed in it, most-targeted first.")
    SubjectPage<EntitySummary, CancerAntigen> antigens(
            @Parameter(description = "MONDO/NCIt id, name or synonym") @PathVariable String ref,
            @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, 1 to 100") @RequestParam(required = false) Integer size) {
        ParameterChecks checks = new ParameterChecks();
        PageRequest paging = PageRequest.of(page, size, checks);
        checks.validate();
        EntitySummary cancer = resolver.resolve("ref", ref, EntityType.CANCER);
        return SubjectPage.of(cancer, cancers.antigens(cancer.key(), paging));
    }
}
