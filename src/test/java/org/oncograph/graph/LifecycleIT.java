package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.oncograph.OncoGraphApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The application's life as probes see it: nothing (no HTTP port, no readiness) before the schema and the seed are
 * in the graph; and at shutdown, a request in flight finishes before the server stops. Runs its own application
 * (its own data folder and seed), because it stops it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LifecycleIT {

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext app;
    static final Map<String, List<Long>> graphWhen = new ConcurrentHashMap<>();
    static final CountDownLatch slowEntered = new CountDownLatch(1);
    static final CountDownLatch slowRelease = new CountDownLatch(1);

    /** Nodes, relationships and constraints: what the graph holds at a moment. */
    private static List<Long> graphState(Driver driver) {
        var row = driver.executableQuery("RETURN count { (n) } AS nodes, count { ()-[r]->() } AS relationships")
                .execute().records().get(0);
        long constraints = driver.executableQuery("SHOW CONSTRAINTS").execute().records().size();
        return List.of(row.get("nodes").asLong(), row.get("relationships").asLong(), constraints);
    }

    @BeforeAll
    static void start() {
        var application = new SpringApplication(OncoGraphApplication.class);
        application.addListeners((ApplicationEvent event) -> {
            if (event instanceof WebServerInitializedEvent web) {
                graphWhen.put("http port opened", graphState(web.getApplicationContext().getBean(Driver.class)));
            } else if (event instanceof AvailabilityChangeEvent<?> change
                    && change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                var context = (ConfigurableApplicationContext) change.getSource();
                graphWhen.put("ready", graphState(context.getBean(Driver.class)));
            }
        });
        // A handler that blocks until the test lets it go: a request in flight during shutdown.
        application.addInitializers(context -> ((ConfigurableApplicationContext) context).getBeanFactory()
                .registerSingleton("slowRoute", (RouterFunction<ServerResponse>) RouterFunctions.route()
                        .GET("/test/slow", request -> {
                            slowEntered.countDown();
                            slowRelease.await();
                            return ServerResponse.ok().body("finished");
                        }).build()));
        app = application.run("--server.port=0", "--oncograph.embedded.bolt-port=0",
                "--oncograph.embedded.http-port=0", "--oncograph.embedded.page-cache=16MB",
                "--oncograph.embedded.data-dir=" + dataDir,
                "--oncograph.graph.seed-location=classpath:lifecycle/seed.cypher");
    }

    @AfterAll
    static void stop() {
        slowRelease.countDown();
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void neitherTheHttpPortNorReadinessComeBeforeTheSchemaAndSeedAreInTheGraph() {
        List<Long> complete = graphState(app.getBean(Driver.class));
        assertThat(complete.get(0)).as("the test seed is loaded").isGreaterThanOrEqualTo(3);

        assertThat(graphWhen.get("http port opened")).isEqualTo(complete);
        assertThat(graphWhen.get("ready")).isEqualTo(complete);
    }

    @Test
    @Order(2)
    void shutdownLetsARequestInFlightFinishAndTakesNoNewOnes() throws Exception {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var inFlight = client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test/slow"))
                .build(), HttpResponse.BodyHandlers.ofString());
        slowEntered.await();

        Thread closing = new Thread(app::close, "closing");
        closing.start();
        // Graceful shutdown first stops taking connections; wait (without a clock) until a new request is not served.
        while (true) {
            try {
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/liveness")).build(),
                        HttpResponse.BodyHandlers.discarding());
                Thread.sleep(50);
            } catch (IOException refused) {
                // Connection refused, or accepted from the backlog and closed unanswered: either way, not served.
                break;
            }
        }
        assertThat(inFlight).as("the request in flight is still being served").isNotDone();
        slowRelease.countDown();

        var response = inFlight.get();
        closing.join();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("finished");
        assertThat(app.isActive()).isFalse();
    }
}
