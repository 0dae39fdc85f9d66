package org.oncograph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real embedded Neo4j with free ports and a fresh data folder, seeded as in production.
 * Every test class using exactly this annotation shares one application context (and so one database): tests
 * that write must clean up what they add, or use their own context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "oncograph.embedded.bolt-port=0",
        "oncograph.embedded.http-port=0",
        "oncograph.embedded.page-cache=64MB",
        "oncograph.embedded.data-dir=target/it-graph/${random.uuid}",
        "oncograph.security.api-key=test-api-key"})
public @interface OncoGraphIntegrationTest {
}
