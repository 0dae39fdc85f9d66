package org.oncograph.ingest;

/**
 * A record (or a whole file) that was not imported, and exactly why.
 *
 * @param file     the file or zip entry, or {@code request} for a request body
 * @param recordId the NCT id or row number when known, else {@code null}
 * @param field    the field at fault (JSON path, XML element or CSV column), else {@code null}
 * @param reason   what is wrong, in words a curator can act on
 */
public record RecordRejection(String file, String recordId, String field, String reason) {
}
