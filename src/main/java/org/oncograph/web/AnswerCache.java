package org.oncograph.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.ServletException;

import org.oncograph.graph.GraphChangedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The read API's answers, byte for byte, kept until the graph changes (docs/adr/0005-answer-cache.md). Bounded by
 * memory ({@code max-size}, least used go first) and age ({@code ttl}); dropped at once by a
 * {@link GraphChangedEvent}. Concurrent requests for an answer that is not kept wait for the one that computes it,
 * so a hub after an import is queried once, not once per client.
 */
@Component
public class AnswerCache {

    private static final Logger log = LoggerFactory.getLogger(AnswerCache.class);

    /**
     * What an endpoint answered, as it was written, kept only when it is a 200.
     *
     * @param route       the endpoint's path pattern, for metrics
     * @param contentType the {@code Content-Type} it sent
     * @param headers     the other headers it set (e.g. {@code OncoGraph-Truncated})
     * @param body        the body, exactly
     * @param storedAt    when it was kept, in ticker nanoseconds
     */
    public record Answer(String route, String contentType, Map<String, List<String>> headers, byte[] body,
                         long storedAt) {
    }

    /** Runs the endpoint (writing its response) and returns what to keep, or null when it is not to be kept. */
    @FunctionalInterface
    public interface Endpoint {
        Answer run() throws IOException, ServletException;
    }

    /**
     * The generation is part of the key: a request that read the graph before a change and finishes after it stores
     * its answer under the old generation, where no later request looks.
     */
    private record Key(long generation, String request) {
    }

    private final Cache<Key, Answer> answers;
    private final ConcurrentMap<Key, CompletableFuture<Answer>> computing = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Ticker ticker;

    @Autowired
    AnswerCache(AnswerCacheProperties properties, MeterRegistry registry) {
        this(properties, Ticker.systemTicker());
        CaffeineCacheMetrics.monitor(registry, answers, "answers");
    }

    AnswerCache(AnswerCacheProperties properties, Ticker ticker) {
        this.ticker = ticker;
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(properties.ttl())
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((Key key, Answer answer) -> answer.body().length + 2 * key.request().length() + 256)
                .ticker(ticker)
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    /**
     * The kept answer to {@code request} (possibly after waiting for a request computing it), or null after
     * {@code endpoint} has answered this request itself; its answer is kept when it returns one.
     */
    public Answer answer(String request, Endpoint endpoint) throws IOException, ServletException {
        Key key = new Key(generation.get(), request);
        Answer kept = answers.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> other = computing.putIfAbsent(key, mine);
        if (other != null) {
            kept = other.join();
            if (kept != null) {
                return kept;
            }
            // The other request's answer was an error: this one asks again rather than share it.
            endpoint.run();
            return null;
        }
        Answer computed = null;
        try {
            computed = endpoint.run();
            keep(key, computed);
            return null;
        } finally {
            mine.complete(computed);
            computing.remove(key, mine);
        }
    }

    /** Runs {@code endpoint} whatever is kept, and keeps its answer: a client asked for a fresh one. */
    public void refresh(String request, Endpoint endpoint) throws IOException, ServletException {
        Key key = new Key(generation.get(), request);
        keep(key, endpoint.run());
    }

    /** Seconds since {@code answer} was kept (the HTTP {@code Age}). */
    public long ageSeconds(Answer answer) {
        return TimeUnit.NANOSECONDS.toSeconds(ticker.read() - answer.storedAt());
    }

    /** Now, in the nanoseconds {@link Answer#storedAt()} is measured in. */
    public long now() {
        return ticker.read();
    }

    /** Answers kept now (expired ones may still count until Caffeine's next clean-up). */
    long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }

    /** Drops every answer; requests already reading the graph cannot put theirs back (see {@link Key}). */
    public void invalidate() {
        generation.incrementAndGet();
        answers.invalidateAll();
    }

    /** Synchronous, so an import's response returns only after the answers it made stale are gone. */
    @EventListener
    void onGraphChanged(GraphChangedEvent event) {
        log.debug("Graph changed ({}); cached answers dropped", event.cause());
        invalidate();
    }

    private void keep(Key key, Answer answer) {
        if (answer != null && key.generation() == generation.get()) {
            answers.put(key, answer);
        }
    }
}
