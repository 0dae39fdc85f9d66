package org.oncograph.web;

import java.util.List;

/** A validated {@code page}/{@code size} pair; {@link #skip()} is what Cypher's SKIP takes. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deep paging over a large graph is a scan; past this, clients should filter instead. */
    public static final int MAX_PAGE = 10_000;

    public long skip() {
        return (long) page * size;
    }

    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }

    /** Checks {@code page} and {@code size} (either may be null: defaults 0 and 20) into {@code checks}. */
    public static PageRequest of(Integer page, Integer size, ParameterChecks checks) {
        int p = checks.range("page", page, 0, 0, MAX_PAGE);
        int s = checks.range("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        return new PageRequest(p, s);
    }
}
