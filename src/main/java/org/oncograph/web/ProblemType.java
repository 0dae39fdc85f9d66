package org.oncograph.web;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * Every kind of error OncoGraph answers, each with a stable problem {@code type} URI (RFC 9457) that clients can
 * switch on; the URIs never change once published, titles may be reworded.
 */
public enum ProblemType {

    /** A query or path parameter is missing, malformed or out of its allowed range; see {@code errors}. */
    INVALID_PARAMETER("invalid-parameter", "Invalid parameter", HttpStatus.BAD_REQUEST),
    /** The request body could not be read (malformed JSON, wrong shape). */
    MALFORMED_BODY("malformed-body", "Malformed request body", HttpStatus.BAD_REQUEST),
    /** The request body is well formed but its content breaks a rule; see {@code errors}. */
    INVALID_BODY("invalid-body", "Invalid request body", HttpStatus.UNPROCESSABLE_CONTENT),
    /** No entity answers to the reference; {@code suggestions} lists the closest ones. */
    NOT_FOUND("not-found", "Not found", HttpStatus.NOT_FOUND),
    /** No endpoint at this path. */
    NO_SUCH_ENDPOINT("no-such-endpoint", "No such endpoint", HttpStatus.NOT_FOUND),
    /** The reference names several entities; {@code candidates} lists them, ask again with a key. */
    AMBIGUOUS_REFERENCE("ambiguous-reference", "Ambiguous reference", HttpStatus.CONFLICT),
    /** The request conflicts with the current state of the graph. */
    CONFLICT("conflict", "Conflict", HttpStatus.CONFLICT),
    /** The endpoint exists but not for this HTTP method; {@code Allow} lists the ones it takes. */
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED),
    /** The request body's media type is not one the endpoint reads. */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** None of the media types in {@code Accept} can be produced. */
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", HttpStatus.NOT_ACCEPTABLE),
    /** The request needs credentials (an API key) that were missing or wrong. */
    UNAUTHORIZED("unauthorized", "Unauthorized", HttpStatus.UNAUTHORIZED),
    /** The credentials are valid but do not allow this request. */
    FORBIDDEN("forbidden", "Forbidden", HttpStatus.FORBIDDEN),
    /** The body or upload is larger than allowed. */
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", HttpStatus.CONTENT_TOO_LARGE),
    /** The client sent too many requests. */
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", HttpStatus.TOO_MANY_REQUESTS),
    /** The graph database cannot be reached or took too long; retrying later may work. */
    GRAPH_UNAVAILABLE("graph-unavailable", "Graph database unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    /** Anything unexpected; details are in the server log, never in the response. */
    INTERNAL_ERROR("internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR);

    /** Problem type URIs share this prefix; the slug after it names the kind. */
    public static final String BASE_URI = "https://oncograph.org/problems/";

    private final URI type;
    private final String title;
    private final HttpStatus status;

    ProblemType(String slug, String title, HttpStatus status) {
        this.type = URI.create(BASE_URI + slug);
        this.title = title;
        this.status = status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public HttpStatus status() {
        return status;
    }
}
