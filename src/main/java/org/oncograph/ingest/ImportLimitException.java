package org.oncograph.ingest;

import java.util.Map;

import org.oncograph.web.ApiException;
import org.oncograph.web.ProblemType;

/** The input is over one of the configured bounds (413); names the bound so the client knows what to change. */
public class ImportLimitException extends ApiException {

    private final String bound;

    public ImportLimitException(String bound, String message) {
        super(ProblemType.PAYLOAD_TOO_LARGE, message, Map.of("bound", bound, "imported", 0));
        this.bound = bound;
    }

    /** The property that sets the bound, e.g. {@code oncograph.ingest.max-zip-entries}. */
    public String bound() {
        return bound;
    }
}
