package org.oncograph.institution;

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

/** Institutions: the list and one institution. */
@RestController
@RequestMapping(path = "/api/v1/institutions", produces = "application/json")
@Tag(name = "institutions", description = "Hospitals, universities, institutes, companies and agencies")
class InstitutionController {

    private final ReferenceResolver resolver;
    private final InstitutionQueries institutions;
    private final NeighbourQueries neighbours;

    InstitutionController(ReferenceResolver resolver, InstitutionQueries institutions,
                          NeighbourQueries neighbours) {
        this.resolver = resolver;
        this.institutions = institutions;
        this.neighbours = neighbours;
    }

    @GetMapping
    @Operation(summary = "All institutions, by name, optionally in one country")
    Page<InstitutionItem> list(
            @Parameter(description = "country: ISO code or name (CN, China)") @RequestParam(required = false)
            String country,
            @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, 1 to 100") @RequestParam(required = false) Integer size) {
        ParameterChecks checks = new ParameterChecks();
        PageRequest paging = PageRequest.of(page, size, checks);
        String countryRef = checks.text("country", country, false, 200);
        checks.validate();
        String code = countryRef == null ? null : resolver.resolve("country", countryRef, EntityType.COUNTRY).key();
        return institutions.list(code, paging);
    }

    @GetMapping("/{ref}")
    @Operation(summary = "One institution with its neighbours")
    InstitutionDetails one(@Parameter(description = "id, ROR id or URL, name or alias: ror:040gcmg81, renji-hospital")
                           @PathVariable String ref) {
        var entity = neighbours.find(ref, EntityType.INSTITUTION);
        EntitySummary institution = entity.summary();
        var i = entity.node();
        return new InstitutionDetails(institution.type(), institution.key(), institution.name(),
                Nodes.strings(i, "aliases"), Nodes.string(i, "kind"), Nodes.string(i, "city"),
                Nodes.string(i, "country"), Nodes.string(i, "rorId"), entity.neighbours());
    }
}
