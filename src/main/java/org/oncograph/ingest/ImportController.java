package org.oncograph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * {@code POST /api/v1/imports/ctgov} and {@code POST /api/v1/imports/curated}: import a body and answer with the
 * report. Writes, so the API key filter guards them (any POST).
 */
@RestController
class ImportController {

    static final String NDJSON = "application/x-ndjson";

    private final CtgovImporter ctgov;
    private final CuratedImporter curated;
    private final IngestProperties properties;

    ImportController(CtgovImporter ctgov, CuratedImporter curated, IngestProperties properties) {
        this.ctgov = ctgov;
        this.curated = curated;
        this.properties = properties;
    }

    @PostMapping(path = "/api/v1/imports/ctgov", consumes = {"application/json", NDJSON, "application/xml", "text/xml",
            "application/zip", "application/x-zip-compressed", "application/octet-stream"})
    ImportReport importCtgov(HttpServletRequest request) throws IOException {
        return ctgov.importBody(body(request), "request");
    }

    @PostMapping(path = "/api/v1/imports/curated", consumes = {"text/csv", "application/json", "application/zip",
            "application/x-zip-compressed"})
    CuratedImporter.Report importCurated(HttpServletRequest request,
                                         @RequestParam(name = "table", required = false) String table)
            throws IOException {
        return curated.importBody(body(request), request.getContentType(), table);
    }

    /** The body, refused as soon as it is over {@code oncograph.ingest.max-request-size}, declared or not. */
    private byte[] body(HttpServletRequest request) throws IOException {
        long max = properties.maxRequestSize().toBytes();
        if (request.getContentLengthLong() > max) {
            throw tooLarge(max);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                throw tooLarge(max);
            }
            return body;
        }
    }

    private ImportLimitException tooLarge(long max) {
        return new ImportLimitException("oncograph.ingest.max-request-size", "the request body is over "
                + "oncograph.ingest.max-request-size (" + properties.maxRequestSize() + ", " + max + " bytes)");
    }

    /** Import errors as RFC 9457 problems: what was wrong and which bound, never a stack trace. */
    @RestControllerAdvice(assignableTypes = ImportController.class)
    static class ImportProblems {

        @ExceptionHandler(UnreadableImportException.class)
        ProblemDetail unreadable(UnreadableImportException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            problem.setType(URI.create("https://oncograph.org/problems/unreadable-import"));
            problem.setTitle("Unreadable import");
            problem.setProperty("imported", 0);
            return problem;
        }

        @ExceptionHandler(ImportLimitException.class)
        ProblemDetail tooLarge(ImportLimitException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
            problem.setType(URI.create("https://oncograph.org/problems/import-too-large"));
            problem.setTitle("Import over a bound");
            problem.setProperty("bound", e.bound());
            problem.setProperty("imported", 0);
            return problem;
        }
    }
}
