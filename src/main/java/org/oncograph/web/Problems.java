package org.oncograph.web;

import org.springframework.http.ProblemDetail;

/** Builds {@link ProblemDetail}s of a {@link ProblemType}; for code outside MVC too (filters, entry points). */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.type());
        problem.setTitle(type.title());
        return problem;
    }
}
