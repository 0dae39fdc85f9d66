package org.oncograph.ingest;

import java.util.List;

/**
 * What an import did: records created, updated in place, found unchanged, and each rejected record with its file,
 * id, field and reason; plus the nodes and relationships written and how long it took.
 *
 * @param rejectedCount all rejections; {@code rejected} lists at most the first 1,000
 */
public record ImportReport(int created, int updated, int unchanged, int rejectedCount, List<RecordRejection> rejected,
                           long nodesCreated, long relationshipsCreated, long millis) {

    static final int MAX_LISTED = 1000;

    static ImportReport of(TrialWriter.Result result, List<RecordRejection> readRejections, long millis) {
        List<RecordRejection> all = new java.util.ArrayList<>(readRejections);
        all.addAll(result.rejected());
        return new ImportReport(result.created(), result.updated(), result.unchanged(), all.size(),
                List.copyOf(all.subList(0, Math.min(all.size(), MAX_LISTED))), result.nodesCreated(),
                result.relationshipsCreated(), millis);
    }
}
