package org.oncograph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.oncograph.graph.GraphMetrics;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/imports/ctgov} and {@code POST /api/v1/imports/curated}: import a body and answer with the
 * report. Writes, so the API key filter guards them (any POST). An unreadable body or one over a bound throws an
 * {@link org.oncograph.web.ApiException}, which the application's handler answers as a problem (400 / 413).
 */
@RestController
class ImportController {

    static final String NDJSON = "application/x-ndjson";

    private final CtgovImporter ctgov;
    private final CuratedImporter curated;
    private final IngestProperties properties;
    private final GraphMetrics metrics;

    ImportController(CtgovImporter ctgov, CuratedImporter curated, IngestProperties properties,
                     GraphMetrics metrics) {
        this.ctgov = ctgov;
        this.curated = curated;
        this.properties = properties;
        this.metrics = metrics;
    }

    @PostMapping(path = "/api/v1/imports/ctgov", consumes = {"application/json", NDJSON, "application/xml", "text/xml",
            "application/zip", "application/x-zip-compressed", "application/octet-stream"})
    ImportReport importCtgov(HttpServletRequest request) throws IOException {
        return ctgov.importBody(body(request, "ctgov"), "request");
    }

    @PostMapping(path = "/api/v1/imports/curated", consumes = {"text/csv", "application/json", "application/zip",
            "application/x-zip-compressed"})
    CuratedImporter.Report importCurated(HttpServletRequest request,
                                         @RequestParam(name = "table", required = false) String table)
            throws IOException {
        return curated.importBody(body(request, "curated"), request.getContentType(), table);
    }

    /**
     * The body, refused as soon as it is over {@code oncograph.ingest.max-request-size}, declared or not. A refused
     * body never reaches the importer, so it is counted here as the importer counts its own refusals: a failed
     * import of {@code source} (ImportLimitException).
     */
    private byte[] body(HttpServletRequest request, String source) throws IOException {
        long started = System.nanoTime();
        long max = properties.maxRequestSize().toBytes();
        if (request.getContentLengthLong() > max) {
            throw tooLarge(max, source, started);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                throw tooLarge(max, source, started);
            }
            return body;
        }
    }

    private ImportLimitException tooLarge(long max, String source, long started) {
        var refused = new ImportLimitException("oncograph.ingest.max-request-size", "the request body is over "
                + "oncograph.ingest.max-request-size (" + properties.maxRequestSize() + ", " + max + " bytes)");
        metrics.importFailed(source, refused, Duration.ofNanos(System.nanoTime() - started));
        return refused;
    }
}
