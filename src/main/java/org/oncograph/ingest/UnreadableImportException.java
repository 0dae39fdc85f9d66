package org.oncograph.ingest;

/** The request as a whole cannot be read (not JSON/NDJSON/XML/zip, malformed, empty): nothing is imported. */
public class UnreadableImportException extends RuntimeException {

    public UnreadableImportException(String message) {
        super(message);
    }
}
