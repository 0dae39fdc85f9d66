package org.oncograph.ingest;

/** A record that cannot be imported: names the field at fault and the reason, so the rejection is precise. */
class InvalidRecordException extends RuntimeException {

    private final String field;

    InvalidRecordException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    String field() {
        return field;
    }
}
