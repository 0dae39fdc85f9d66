package org.oncograph.web;

import java.util.List;

/**
 * A page of a list about one entity (the therapies of an antigen): the {@link Page} members plus the entity the
 * reference resolved to, so that a client asking for {@code HER2} sees it got {@code ERBB2}.
 */
public record SubjectPage<S, T>(S subject, List<T> items, int page, int size, long total) {

    public static <S, T> SubjectPage<S, T> of(S subject, Page<T> page) {
        return new SubjectPage<>(subject, page.items(), page.page(), page.size(), page.total());
    }
}
