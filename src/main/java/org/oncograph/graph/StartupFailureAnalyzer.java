package org.oncograph.graph;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints why OncoGraph could not start its graph as a short description and action, not as a stack trace. */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<GraphStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, GraphStartupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), null);
    }
}
