package org.oncograph.explore;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A subgraph in Cytoscape.js elements JSON: {@code cytoscape({elements: response.elements})} loads it as is.
 * Node ids are {@code Type:key} (stable across calls, so expansions can be merged); every edge's source and target
 * is a node of the same answer.
 */
public record CytoscapeGraph(Elements elements) {

    /** The nodes and edges. */
    public record Elements(List<NodeElement> nodes, List<EdgeElement> edges) {
    }

    /** A Cytoscape node element. */
    public record NodeElement(NodeData data) {
    }

    /**
     * @param id    {@code Type:key}, e.g. {@code Antigen:GPC3}
     * @param label what to print on the node (its name)
     * @param type  the node label ({@code Antigen})
     * @param key   the business key, to ask the other endpoints with
     * @param depth hops from the entity asked about (0 for itself)
     */
    public record NodeData(String id, String label, String type, String key, int depth) {
    }

    /** A Cytoscape edge element. */
    public record EdgeElement(EdgeData data) {
    }

    /**
     * @param id          unique within the answer: {@code source|TYPE|target}
     * @param type        the relationship type ({@code TARGETS})
     * @param label       the relationship read as a verb ("targets")
     * @param evidence    {@code stated}, {@code inferred} or {@code curated}
     * @param sources     the first {@value org.oncograph.graph.Evidence#SOURCES_SHOWN} of its sources
     * @param sourceCount how many sources it has in all
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EdgeData(String id, String source, String target, String type, String label, String evidence,
                           List<String> sources, int sourceCount, Double confidence, String quote) {
    }
}
