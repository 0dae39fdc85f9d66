package org.oncograph.graph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/export}: the whole graph as a Cypher script (see {@link GraphExport}). It needs the API key: a
 * complete copy of the graph in one request is a bulk privilege, and it is the heaviest read OncoGraph serves.
 */
@RestController
class ExportController {

    private final GraphExport export;

    ExportController(GraphExport export) {
        this.export = export;
    }

    /**
     * Streamed as it is read, never held in memory. Written synchronously to the response (not as an async
     * StreamingResponseBody) so that no async request timeout can cut a large export short.
     */
    @GetMapping("/api/v1/export")
    void export(HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("oncograph-" + LocalDate.now() + ".cypher").build().toString());
        var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        export.write(out);
        out.flush();
    }
}
