package org.oncograph.therapy;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.oncograph.graph.Evidence;

/**
 * A therapy as the therapy lists show it: what kind it is, what it targets (with the evidence of each TARGETS
 * link), the cancers it is studied for, a sample of its trials, and the institutions behind it.
 *
 * @param targeting    in answers about one antigen: the TARGETS link to that antigen and its evidence
 * @param matchedCancers in answers about one cancer: how the therapy is linked to it or to its subtypes
 * @param trials       up to {@value TherapyQueries#TRIAL_SAMPLE} of its trials; {@code trialCount} says how many
 *                     there are in all
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TherapyCard(String id, String name, List<String> synonyms, String kind, Target targeting,
                          List<CancerLink> matchedCancers, List<ModalityRef> modalities, List<Target> targets, List<CancerLink> cancers,
                          List<TrialRef> trials, long trialCount, List<InstitutionRole> institutions) {

    /** A kind of therapy. */
    public record ModalityRef(String id, String name) {
    }

    /**
     * A TARGETS link: the antigen and why the graph says so.
     *
     * @param isoform the isoform targeted, when the source names one (Claudin 18.2 is CLDN18 isoform 2)
     * @param action  how the therapy acts on it, when stated (a checkpoint inhibitor {@code blocks})
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(String symbol, String name, String isoform, String action, Evidence evidence) {
    }

    /**
     * A cancer the therapy is studied for.
     *
     * @param via        {@code studied-for} (a source says so) or {@code trial} (one of its trials studies it;
     *                   a basket trial studies several cancers, so this is weaker than {@code studied-for})
     * @param trial      for {@code via: trial}, the trial (when known)
     * @param qualifiers what the source says of the patients (metastatic, HER2-negative...), when it does
     * @param evidence   the evidence of the STUDIED_FOR link ({@code null} for cancers known from trials)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CancerLink(String id, String name, String via, String trial, List<String> qualifiers,
                             Evidence evidence) {
    }

    /** A trial testing the therapy. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TrialRef(String nctId, String title, String phase, List<String> phases, String status) {
    }

    /**
     * An institution behind the therapy.
     *
     * @param roles {@code developer}, {@code project-host}, {@code sponsor}, {@code collaborator}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InstitutionRole(String id, String name, String country, List<String> roles) {
    }
}
