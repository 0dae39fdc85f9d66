package org.oncograph.source;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.oncograph.graph.RelationshipType;
import org.oncograph.web.PageRequest;
import org.oncograph.web.ParameterChecks;
import org.oncograph.web.SubjectPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every source of one relationship, where the other answers list its first 20 and their number. */
@RestController
@RequestMapping(path = "/api/v1/relationships", produces = "application/json")
@Tag(name = "explore", description = "Search, paths between entities, neighbourhoods and statistics")
class SourceController {

    private final SourceQueries sources;

    SourceController(SourceQueries sources) {
        this.sources = sources;
    }

    @GetMapping("/sources")
    @Operation(summary = "The sources of the relationship between two entities, a page at a time, with what each "
            + "source is (kind, title, url)")
    SubjectPage<LinkSubject, SourceItem> sources(
            @Parameter(description = "one end: key, id, name or synonym (car-gpc3-t-cells)")
            @RequestParam(required = false) String from,
            @Parameter(description = "the relationship type: TARGETS, TESTS, ...") @RequestParam(required = false)
            String type,
            @Parameter(description = "the other end (GPC3); either end may come first")
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, 1 to 100") @RequestParam(required = false) Integer size) {
        ParameterChecks checks = new ParameterChecks();
        String fromRef = checks.text("from", from, true, 200);
        RelationshipType relationship = checks.oneOf("type", type, RelationshipType::parse, RelationshipType.names());
        if (type == null || type.isBlank()) {
            checks.reject("type", "is required");
        }
        String toRef = checks.text("to", to, true, 200);
        PageRequest paging = PageRequest.of(page, size, checks);
        checks.validate();
        return sources.sources(fromRef, relationship, toRef, paging);
    }
}
