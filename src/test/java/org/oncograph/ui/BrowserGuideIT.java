package org.oncograph.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oncograph.OncoGraphIntegrationTest;
import org.oncograph.graph.AnalystQuery;
import org.oncograph.graph.EmbeddedNeo4j;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Neo4j Browser guide and style: served with CORS for Browser, and playable in the real Neo4j Browser. */
@OncoGraphIntegrationTest
class BrowserGuideIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedNeo4j neo4j;

    private final HttpClient http = HttpClient.newHttpClient();

    private String app() {
        return "http://localhost:" + port;
    }

    @Test
    void theGuidePageShowsEveryAnalystQuestionAsAClickableCypherBlock() {
        chromium.open(app() + "/guides/oncograph.html");

        List<WebElement> blocks = chromium.findAll("slide pre.runnable");
        int questions = AnalystQuery.loadAll().size();
        // The style command, three counting queries, two provenance queries, then each question (and its :params).
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(6 + questions);
        assertThat(chromium.findAll("slide")).hasSize(4 + questions);
        assertThat(blocks.get(0).getText()).isEqualTo(":style " + app() + "/guides/oncograph.grass");
        assertThat(blocks.get(1).getAttribute("role")).isEqualTo("button");

        blocks.get(1).click();
        chromium.await("the clicked block to say it was copied", d -> blocks.get(1).getAttribute("class").contains("copied"));
        chromium.screenshot("guide-page");
    }

    @Test
    void neo4jBrowserPlaysTheGuideFromTheEmbeddedServerAndPutsAClickedQueryInItsEditor() {
        String browser = "http://127.0.0.1:" + neo4j.httpPort() + "/browser/?dbms=bolt://127.0.0.1:" + neo4j.boltPort()
                + "&preselectAuthMethod=NO_AUTH&cmd=play&arg=" + app() + "/guides/oncograph.html";
        chromium.open(browser);

        WebElement guide = chromium.await("Neo4j Browser to show the OncoGraph guide",
                d -> d.findElements(By.xpath("//*[contains(text(), 'An open knowledge graph of cancer immunotherapies')]"))
                        .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(guide.getText()).isEqualTo("An open knowledge graph of cancer immunotherapies");
        chromium.screenshot("guide-in-neo4j-browser");

        chromium.find("pre.runnable").click();
        chromium.awaitScript("the clicked Cypher to fill Browser's editor",
                "return document.body.innerText.includes(':style " + app() + "/guides/oncograph.grass')"
                        + " && [...document.querySelectorAll('.view-lines, textarea')].some(e => (e.innerText || e.value || '').includes(':style'))");
        chromium.screenshot("guide-in-neo4j-browser-clicked");
        // Neo4j Browser itself asks the internet for fonts and telemetry, which a closed network refuses, and goes
        // on asking until it is left; nothing OncoGraph serves may fail.
        List<String> errors = new ArrayList<>(chromium.newConsoleErrors());
        chromium.driver().get("about:blank");
        errors.addAll(chromium.newConsoleErrors());
        assertThat(errors).noneMatch(message -> message.contains(app()));
    }

    @Test
    void theGuideAndTheStyleAnswerBrowsersCorsPreflightFromItsOwnOrigin() throws Exception {
        String origin = "http://localhost:" + neo4j.httpPort();
        for (String path : List.of("/guides/oncograph.html", "/guides/oncograph.grass")) {
            HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(app() + path))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", origin)
                    .header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "cache-control,pragma")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(preflight.statusCode()).as(path).isEqualTo(200);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(path).contains(origin);

            HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(app() + path)).header("Origin", origin).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).as(path).isEqualTo(200);
            assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).as(path).contains(origin);
        }
    }

    @Test
    void theGuideIsNotSharedWithPagesOfOtherSites() throws Exception {
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(app() + "/guides/oncograph.html"))
                .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theBrowserStyleIsServedWithAColourAndCaptionPerLabel() throws Exception {
        HttpResponse<String> grass = http.send(HttpRequest.newBuilder(URI.create(app() + "/guides/oncograph.grass")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(grass.statusCode()).isEqualTo(200);
        assertThat(grass.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(grass.body()).contains("node.Therapy {", "node.Antigen {", "caption: \"{symbol}\"", "node.Trial {");
    }
}
