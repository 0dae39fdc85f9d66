package org.oncograph.cancer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.oncograph.graph.Evidence;

/**
 * An antigen targeted in a cancer (or one of its subtypes), and why the graph says so.
 *
 * @param therapies    up to 20 therapies targeting it that are linked to the cancer, each saying how
 * @param therapyCount how many such therapies there are
 * @param expressedIn  EXPRESSED_IN links from the antigen to the cancer or its subtypes, with their evidence
 */
public record CancerAntigen(String symbol, String name, List<TherapyVia> therapies, long therapyCount,
                            List<Expression> expressedIn) {

    /**
     * A therapy that targets the antigen and is linked to the cancer.
     *
     * @param via {@code studied-for} (a source says the therapy is studied for the cancer) and/or {@code trial}
     *            (one of its trials studies the cancer; weaker, as basket trials study several)
     */
    public record TherapyVia(String id, String name, List<String> via) {
    }

    /** The antigen is expressed in this cancer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Expression(String cancerId, String cancerName, Evidence evidence) {
    }
}
