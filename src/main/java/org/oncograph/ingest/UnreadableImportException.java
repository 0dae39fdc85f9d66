package org.oncograph.ingest;

import java.util.Map;

import org.oncograph.web.ApiException;
import org.oncograph.web.ProblemType;

/** The request as a whole cannot be read (not JSON/NDJSON/XML/zip, malformed, empty): 400, nothing is imported. */
public class UnreadableImportException extends ApiException {

    public UnreadableImportException(String message) {
        super(ProblemType.MALFORMED_BODY, message, Map.of("imported", 0));
    }
}
