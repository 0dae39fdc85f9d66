package org.oncograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;

/** Spring MVC's errors become OncoGraph problems (the ones no read endpoint can provoke over HTTP). */
class ApiExceptionHandlerTest {

    @Test
    void anUnreadableBodyIsMalformedBody() {
        HttpInputMessage input = new MockHttpInputMessage(new byte[0]);
        ProblemDetail problem = ApiExceptionHandler.toProblem(
                new HttpMessageNotReadableException("JSON parse error at line 1", input), HttpStatusCode.valueOf(400));
        assertThat(problem.getType()).isEqualTo(ProblemType.MALFORMED_BODY.type());
        assertThat(problem.getDetail()).doesNotContain("line 1");
    }

    @Test
    void anUnsupportedContentTypeIs415() {
        ProblemDetail problem = ApiExceptionHandler.toProblem(new HttpMediaTypeNotSupportedException(
                MediaType.TEXT_PLAIN, List.of(MediaType.APPLICATION_JSON)), HttpStatusCode.valueOf(415));
        assertThat(problem.getStatus()).isEqualTo(415);
        assertThat(problem.getType()).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE.type());
    }

    @Test
    void aMissingParameterNamesIt() {
        ProblemDetail problem = ApiExceptionHandler.toProblem(
                new MissingServletRequestParameterException("q", "String"), HttpStatusCode.valueOf(400));
        assertThat(problem.getType()).isEqualTo(ProblemType.INVALID_PARAMETER.type());
        assertThat(problem.getProperties()).containsKey("errors");
        assertThat(problem.getProperties().get("errors")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(new ParameterError("q", "is required"));
    }

    @Test
    void aBareStatusGetsItsTypeAndAGenericDetail() {
        assertThat(ApiExceptionHandler.forStatus(401).getType()).isEqualTo(ProblemType.UNAUTHORIZED.type());
        assertThat(ApiExceptionHandler.forStatus(503).getType()).isEqualTo(ProblemType.GRAPH_UNAVAILABLE.type());
        ProblemDetail teapot = ApiExceptionHandler.forStatus(418);
        assertThat(teapot.getStatus()).isEqualTo(418);
        assertThat(teapot.getType()).isEqualTo(ProblemType.INTERNAL_ERROR.type());
    }

    @Test
    void parameterChecksReportEveryBadParameterAtOnce() {
        ParameterChecks checks = new ParameterChecks();
        checks.range("size", 500, 20, 1, 100);
        checks.range("page", -1, 0, 0, 10);
        checks.text("q", " ", true, 10);
        try {
            checks.validate();
        } catch (InvalidParameterException e) {
            assertThat(e.errors()).containsExactly(new ParameterError("size", "must be at most 100"),
                    new ParameterError("page", "must be at least 0"), new ParameterError("q", "is required"));
            return;
        }
        throw new AssertionError("validate() did not throw");
    }
}
