package org.oncograph.ingest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on its own embedded Neo4j, for the import tests: they write 1,025 trials and broken
 * uploads, so they do not share the seeded database of {@code OncoGraphIntegrationTest}. Bounds are set low so the
 * over-a-bound tests need only small bodies. All classes using exactly this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "oncograph.embedded.bolt-port=0",
        "oncograph.embedded.http-port=0",
        "oncograph.embedded.page-cache=64MB",
        "oncograph.embedded.data-dir=target/it-ingest/${random.uuid}",
        "oncograph.security.api-key=test-api-key",
        "oncograph.ingest.batch-size=100",
        "oncograph.ingest.max-request-size=2MB",
        "oncograph.ingest.max-zip-entries=50",
        "oncograph.ingest.max-uncompressed-size=8MB",
        "oncograph.ingest.max-record-size=1MB"})
@interface IngestIntegrationTest {
}
