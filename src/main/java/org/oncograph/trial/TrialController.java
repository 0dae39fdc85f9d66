package org.oncograph.trial;

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

/** Clinical trials: the filtered list and one trial. */
@RestController
@RequestMapping(path = "/api/v1/trials", produces = "application/json")
@Tag(name = "trials", description = "Registered clinical trials (NCT ids)")
class TrialController {

    private final ReferenceResolver resolver;
    private final TrialQueries trials;
    private final NeighbourQueries neighbours;

    TrialController(ReferenceResolver resolver, TrialQueries trials, NeighbourQueries neighbours) {
        this.resolver = resolver;
        this.trials = trials;
        this.neighbours = neighbours;
    }

    @GetMapping
    @Operation(summary = "All trials, by NCT id, filtered")
    Page<TrialItem> list(
            @Parameter(description = "antigen targeted by a tested therapy: symbol, name or synonym")
            @RequestParam(required = false) String antigen,
            @Parameter(description = "cancer studied (subtypes included): id, name or synonym")
            @RequestParam(required = false) String cancer,
            @Parameter(description = "country of a site or sponsor: ISO code or name (IT, Italy)")
            @RequestParam(required = false) String country,
            @Parameter(description = "phase: PHASE1, 1, EARLY_PHASE1, NA...") @RequestParam(required = false)
            String phase,
            @Parameter(description = "status: RECRUITING, COMPLETED...") @RequestParam(required = false)
            String status,
            @Parameter(description = "sponsoring institution: id, ROR id, name or alias")
            @RequestParam(required = false) String sponsor,
            @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, 1 to 100") @RequestParam(required = false) Integer size) {
        ParameterChecks checks = new ParameterChecks();
        PageRequest paging = PageRequest.of(page, size, checks);
        String antigenRef = checks.text("antigen", antigen, false, 200);
        String cancerRef = checks.text("cancer", cancer, false, 200);
        String countryRef = checks.text("country", country, false, 200);
        String sponsorRef = checks.text("sponsor", sponsor, false, 200);
        TrialPhase trialPhase = checks.oneOf("phase", phase, TrialPhase::parse, TrialPhase.names());
        TrialStatus trialStatus = checks.oneOf("status", status, TrialStatus::parse, TrialStatus.names());
        checks.validate();
        return trials.list(new TrialFilter(
                key("antigen", antigenRef, EntityType.ANTIGEN), key("cancer", cancerRef, EntityType.CANCER),
                key("country", countryRef, EntityType.COUNTRY), trialPhase, trialStatus,
                key("sponsor", sponsorRef, EntityType.INSTITUTION)), paging);
    }

    @GetMapping("/{ref}")
    @Operation(summary = "One trial with its registry facts and neighbours")
    TrialDetails one(@Parameter(description = "NCT id (any case) or title: NCT04787263")
                     @PathVariable String ref) {
        var entity = neighbours.find(ref, EntityType.TRIAL);
        EntitySummary trial = entity.summary();
        var t = entity.node();
        return new TrialDetails(trial.type(), trial.key(), Nodes.string(t, "title"),
                Nodes.string(t, "officialTitle"), Nodes.string(t, "phase"), Nodes.strings(t, "phases"),
                Nodes.string(t, "status"), Nodes.string(t, "startDate"), Nodes.string(t, "completionDate"),
                Nodes.integer(t, "enrollment"), Nodes.string(t, "studyType"), Nodes.string(t, "minimumAge"),
                Nodes.string(t, "maximumAge"), Nodes.strings(t, "stdAges"), Nodes.strings(t, "conditions"),
                entity.neighbours());
    }

    private String key(String parameter, String reference, EntityType type) {
        return reference == null ? null : resolver.resolve(parameter, reference, type).key();
    }
}
