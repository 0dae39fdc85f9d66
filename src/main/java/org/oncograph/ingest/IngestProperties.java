package org.oncograph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Import settings, under {@code oncograph.ingest}: how many records go in one transaction, and the bounds that keep
 * an upload from exhausting memory (request body, zip entries and uncompressed size, one record).
 *
 * @param batchSize            records written per transaction
 * @param maxRequestSize       largest request body accepted by the import endpoints
 * @param maxZipEntries        most entries one zip may hold
 * @param maxUncompressedSize  most bytes one zip may expand to (zip-bomb guard)
 * @param maxRecordSize        largest single record (one study, NDJSON line, XML file or CSV table)
 */
@ConfigurationProperties("oncograph.ingest")
public record IngestProperties(
        @DefaultValue("500") int batchSize,
        @DefaultValue("64MB") DataSize maxRequestSize,
        @DefaultValue("20000") int maxZipEntries,
        @DefaultValue("512MB") DataSize maxUncompressedSize,
        @DefaultValue("4MB") DataSize maxRecordSize) {
}
