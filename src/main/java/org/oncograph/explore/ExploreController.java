package org.oncograph.explore;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.oncograph.graph.EntitySummary;
import org.oncograph.graph.EntityType;
import org.oncograph.graph.FullText;
import org.oncograph.graph.ReferenceResolver;
import org.oncograph.graph.RelationshipType;
import org.oncograph.web.InvalidParameterException;
import org.oncograph.web.ParameterChecks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Questions across entity types: search, paths, neighbourhoods and statistics. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "explore", description = "Search, paths between entities, neighbourhoods and statistics")
class ExploreController {

    static final int DEFAULT_SEARCH_LIMIT = 10;
    static final int MAX_SEARCH_LIMIT = 100;
    static final int DEFAULT_PATHS = 5;
    static final int MAX_PATHS = 25;
    /** Tells a client that the neighbourhood was cut at its limit. */
    static final String TRUNCATED_HEADER = "OncoGraph-Truncated";

    private static final List<String> TYPE_NAMES = EntityType.referable().stream()
            .map(t -> t.label().toLowerCase(java.util.Locale.ROOT)).toList();

    private final ReferenceResolver resolver;
    private final SearchService search;
    private final PathService paths;
    private final NeighbourhoodService neighbourhoods;
    private final StatsService stats;

    ExploreController(ReferenceResolver resolver, SearchService search, PathService paths,
                      NeighbourhoodService neighbourhoods, StatsService stats) {
        this.resolver = resolver;
        this.search = search;
        this.paths = paths;
        this.neighbourhoods = neighbourhoods;
        this.stats = stats;
    }

    @GetMapping("/search")
    @Operation(summary = "Full-text search over names, synonyms, aliases and titles of every type",
            description = "Ranked, best first; exact name matches first. The text is searched for literally "
                    + "(Lucene syntax is never syntax); a hyphenated word matches whole; the last word also "
                    + "matches the start of a name, symbol or NCT id. When nothing matches, "
                    + "a forgiving fuzzy search answers and fuzzy is true.")
    SearchResults search(
            @Parameter(description = "what to look for: HER2, liver cancer, glyp") @RequestParam(required = false)
            String q,
            @Parameter(description = "only this type: therapy, antigen, cancer, trial, institution, modality, "
                    + "person, publication, project, adverseeffect") @RequestParam(required = false) String type,
            @Parameter(description = "how many hits, 1 to 100 (default 10)") @RequestParam(required = false)
            Integer limit) {
        ParameterChecks checks = new ParameterChecks();
        String text = checks.text("q", q, true, 200);
        if (text != null && !FullText.searchable(text)) {
            checks.reject("q", "must contain a letter or a digit");
        }
        EntityType entityType = checks.oneOf("type", type,
                t -> EntityType.parse(t).filter(EntityType.referable()::contains), TYPE_NAMES);
        int max = checks.range("limit", limit, DEFAULT_SEARCH_LIMIT, 1, MAX_SEARCH_LIMIT);
        checks.validate();
        return search.search(text, entityType, max);
    }

    @GetMapping("/paths")
    @Operation(summary = "How two entities are connected: the shortest paths, each as readable steps",
            description = "All shortest paths up to maxLength relationships (default 4, at most 5), at most "
                    + "limit of them, each step with the evidence of its relationship. No path within maxLength "
                    + "is 200 with no paths. The search reads a bounded number of relationships per step, so "
                    + "hubs cannot make it exhaustive; bounded is true when that budget cut it.")
    Paths paths(
            @Parameter(description = "any entity: key, id, name or synonym (GPC3, Renji Hospital)")
            @RequestParam(required = false) String from,
            @Parameter(description = "any other entity") @RequestParam(required = false) String to,
            @Parameter(description = "longest path, 1 to 5 (default 4)") @RequestParam(required = false)
            Integer maxLength,
            @Parameter(description = "most paths returned, 1 to 25 (default 5)") @RequestParam(required = false)
            Integer limit) {
        ParameterChecks checks = new ParameterChecks();
        String fromRef = checks.text("from", from, true, 200);
        String toRef = checks.text("to", to, true, 200);
        int length = checks.range("maxLength", maxLength, PathService.DEFAULT_LENGTH, 1, PathService.MAX_LENGTH);
        int max = checks.range("limit", limit, DEFAULT_PATHS, 1, MAX_PATHS);
        checks.validate();
        EntitySummary start = resolver.resolve("from", fromRef, EntityType.referable());
        EntitySummary end = resolver.resolve("to", toRef, EntityType.referable());
        if (start.equals(end)) {
            throw new InvalidParameterException("to", "must name another entity than from (both are "
                    + start.type() + " " + start.key() + ")");
        }
        return paths.paths(start, end, length, max);
    }

    @GetMapping("/graph/neighbourhood")
    @Operation(summary = "The subgraph around an entity, as Cytoscape.js elements JSON",
            description = "Breadth first to depth (default 1, at most 3), at most limit nodes (default 100, at most "
                    + "500); each level reads only as many relationships as the remaining limit can use. When the "
                    + "subgraph was cut at the limit, the OncoGraph-Truncated header is true.")
    ResponseEntity<CytoscapeGraph> neighbourhood(
            @Parameter(description = "any entity: key, id, name or synonym") @RequestParam(required = false)
            String ref,
            @Parameter(description = "hops from the entity, 1 to 3") @RequestParam(required = false) Integer depth,
            @Parameter(description = "most nodes, 1 to 500") @RequestParam(required = false) Integer limit,
            @Parameter(description = "only these relationship types, comma-separated: TARGETS,TESTS")
            @RequestParam(required = false) String types) {
        ParameterChecks checks = new ParameterChecks();
        String reference = checks.text("ref", ref, true, 200);
        int hops = checks.range("depth", depth, NeighbourhoodService.DEFAULT_DEPTH, 1,
                NeighbourhoodService.MAX_DEPTH);
        int max = checks.range("limit", limit, NeighbourhoodService.DEFAULT_LIMIT, 1,
                NeighbourhoodService.MAX_LIMIT);
        List<RelationshipType> relationshipTypes = checks.listOf("types", types, RelationshipType::parse,
                RelationshipType.names());
        checks.validate();
        EntitySummary center = resolver.resolve("ref", reference, EntityType.referable());
        NeighbourhoodService.Result result = neighbourhoods.neighbourhood(center, hops, max, relationshipTypes);
        return ResponseEntity.ok().header(TRUNCATED_HEADER, Boolean.toString(result.truncated()))
                .body(result.graph());
    }

    @GetMapping("/stats")
    @Operation(summary = "Counts per label and relationship type, and the aggregates dashboards chart",
            description = "Served from a cache that writers refresh (GraphChangedEvent); computedAt says when "
                    + "the figures were read.")
    Stats stats() {
        return stats.current();
    }
}
