package org.oncograph.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error raised while handling a request into an {@code application/problem+json} response with a
 * {@link ProblemType}: OncoGraph's own {@link ApiException}s, Spring MVC's errors (type mismatch, missing
 * parameter, no handler, method, media type, unreadable body, validation), database outages, and anything else
 * (500, logged, with a detail that reveals nothing: no stack trace, no Cypher).
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> handleApiException(ApiException e) {
        return respond(e.toProblemDetail(), new HttpHeaders());
    }

    @ExceptionHandler({ServiceUnavailableException.class, SessionExpiredException.class, TransientException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class,
            QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> handleGraphUnavailable(Exception e) {
        log.warn("Graph database unavailable: {}", e.toString());
        return respond(Problems.of(ProblemType.GRAPH_UNAVAILABLE,
                "The graph database did not answer in time; try again shortly."), new HttpHeaders());
    }

    @ExceptionHandler(ClientException.class)
    ResponseEntity<ProblemDetail> handleNeo4jClientException(ClientException e) {
        // A transaction that hit the server's time limit is an overload, not a bug in the request.
        if (e.code() != null && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
            return handleGraphUnavailable(e);
        }
        return handleUnexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
        log.error("Unexpected error while handling a request", e);
        return respond(Problems.of(ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side; the error has been logged."), new HttpHeaders());
    }

    /** Spring MVC's own exceptions arrive here with a default ProblemDetail; give them our types and members. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = toProblem(ex, statusCode);
        if (statusCode.is5xxServerError()) {
            log.error("Request failed with {}", statusCode, ex);
        }
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    /** The problem for a Spring MVC exception; also used for errors that reach the servlet error page. */
    static ProblemDetail toProblem(Throwable ex, HttpStatusCode statusCode) {
        if (ex instanceof ApiException api) {
            return api.toProblemDetail();
        }
        if (ex instanceof TypeMismatchException mismatch) {
            String name = mismatch.getPropertyName() == null ? "parameter" : mismatch.getPropertyName();
            return new InvalidParameterException(name, "must be " + describe(mismatch.getRequiredType())
                    + " (was '" + mismatch.getValue() + "')").toProblemDetail();
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return new InvalidParameterException(missing.getParameterName(), "is required").toProblemDetail();
        }
        if (ex instanceof HandlerMethodValidationException validation) {
            List<ParameterError> errors = new ArrayList<>();
            validation.getParameterValidationResults().forEach(result -> {
                String name = result.getMethodParameter().getParameterName();
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    errors.add(new ParameterError(name, error.getDefaultMessage()));
                }
            });
            return errors.isEmpty() ? Problems.of(ProblemType.INVALID_PARAMETER, "Invalid request parameters.")
                    : new InvalidParameterException(errors).toProblemDetail();
        }
        if (ex instanceof MethodArgumentNotValidException invalid) {
            List<ParameterError> errors = invalid.getBindingResult().getFieldErrors().stream()
                    .map(ApiExceptionHandler::toError).toList();
            ProblemDetail problem = Problems.of(ProblemType.INVALID_BODY, "The request body breaks "
                    + invalid.getErrorCount() + " rule" + (invalid.getErrorCount() == 1 ? "" : "s") + ".");
            problem.setProperty("errors", errors);
            return problem;
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return Problems.of(ProblemType.MALFORMED_BODY, "The request body is missing or is not valid JSON "
                    + "of the expected shape.");
        }
        if (ex instanceof HttpRequestMethodNotSupportedException method) {
            return Problems.of(ProblemType.METHOD_NOT_ALLOWED, method.getMethod() + " is not supported here"
                    + (method.getSupportedHttpMethods() == null ? "." : "; use " + method.getSupportedHttpMethods()
                    .stream().map(Object::toString).sorted().toList() + "."));
        }
        if (ex instanceof HttpMediaTypeNotSupportedException media) {
            return Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content type '" + media.getContentType()
                    + "' is not supported; use " + media.getSupportedMediaTypes() + ".");
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return Problems.of(ProblemType.NOT_ACCEPTABLE, "This endpoint answers application/json "
                    + "(and application/problem+json for errors).");
        }
        if (ex instanceof NoHandlerFoundException || ex instanceof NoResourceFoundException) {
            return Problems.of(ProblemType.NO_SUCH_ENDPOINT, "There is no endpoint at this path; the API is "
                    + "described at /v3/api-docs.");
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return Problems.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large.");
        }
        if (ex instanceof ServletRequestBindingException) {
            return Problems.of(ProblemType.INVALID_PARAMETER, "A required request header, cookie or parameter "
                    + "is missing or malformed.");
        }
        return forStatus(statusCode.value());
    }

    /** The problem for a bare status (e.g. a filter's {@code sendError}); the detail stays generic. */
    static ProblemDetail forStatus(int status) {
        ProblemType type = switch (status) {
            case 400 -> ProblemType.INVALID_PARAMETER;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NO_SUCH_ENDPOINT;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 422 -> ProblemType.INVALID_BODY;
            case 429 -> ProblemType.TOO_MANY_REQUESTS;
            case 503, 504 -> ProblemType.GRAPH_UNAVAILABLE;
            default -> ProblemType.INTERNAL_ERROR;
        };
        ProblemDetail problem = Problems.of(type, defaultDetail(type));
        if (type == ProblemType.INTERNAL_ERROR && status != 500 && status >= 400 && status < 600) {
            problem.setStatus(status);
            problem.setTitle(HttpStatus.resolve(status) == null ? type.title()
                    : HttpStatus.resolve(status).getReasonPhrase());
        }
        return problem;
    }

    private static String defaultDetail(ProblemType type) {
        return switch (type) {
            case INVALID_PARAMETER -> "The request is not valid.";
            case UNAUTHORIZED -> "This request needs a valid API key in the X-API-Key header.";
            case FORBIDDEN -> "This request is not allowed with the given credentials.";
            case NO_SUCH_ENDPOINT -> "There is no endpoint at this path; the API is described at /v3/api-docs.";
            case INTERNAL_ERROR -> "Something went wrong on our side; the error has been logged.";
            default -> type.title() + ".";
        };
    }

    private static ParameterError toError(FieldError error) {
        return new ParameterError(error.getField(), error.getDefaultMessage());
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT)).toList();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "a valid " + type.getSimpleName();
    }
}
