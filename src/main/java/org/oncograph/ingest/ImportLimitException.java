package org.oncograph.ingest;

/** The input is over one of the configured bounds; names the bound so the client knows what to change. */
public class ImportLimitException extends RuntimeException {

    private final String bound;

    public ImportLimitException(String bound, String message) {
        super(message);
        this.bound = bound;
    }

    /** The property that sets the bound, e.g. {@code oncograph.ingest.max-zip-entries}. */
    public String bound() {
        return bound;
    }
}
