package org.oncograph.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The read API's answer cache, under {@code oncograph.cache} (docs/adr/0005-answer-cache.md). Its own record, as
 * {@code oncograph.ingest} has, so that adding it changed no existing constructor.
 *
 * @param enabled      keep answers in memory; off, every request queries the graph and no cache headers are sent
 * @param ttl          longest an answer is kept: bounds how stale an answer can be after a write OncoGraph did not
 *                     see (Neo4j Browser, another instance); imports through OncoGraph invalidate at once
 * @param maxSize      most memory the kept answers (their JSON bytes) may take; least used go first
 * @param clientMaxAge the {@code max-age} sent to clients and proxies; at most {@code ttl}
 */
@ConfigurationProperties("oncograph.cache")
public record AnswerCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5m") Duration ttl,
        @DefaultValue("64MB") DataSize maxSize,
        @DefaultValue("30s") Duration clientMaxAge) {

    public AnswerCacheProperties {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("oncograph.cache.ttl must be positive, not " + ttl);
        }
        if (clientMaxAge.isNegative() || clientMaxAge.compareTo(ttl) > 0) {
            throw new IllegalArgumentException("oncograph.cache.client-max-age must be between 0 and "
                    + "oncograph.cache.ttl (" + ttl + "), not " + clientMaxAge);
        }
    }
}
