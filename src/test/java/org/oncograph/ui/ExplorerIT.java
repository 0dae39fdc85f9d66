package org.oncograph.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oncograph.OncoGraphIntegrationTest;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The explorer in a real browser against the seeded graph: deep links, search, expansion, evidence, paths. */
@OncoGraphIntegrationTest
class ExplorerIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    private void open(String path) {
        chromium.resize(1440, 900);
        chromium.open("http://localhost:" + port + path);
    }

    private long nodes() {
        return chromium.<Long>js("return window.cy.nodes().length");
    }

    private void awaitGraph() {
        chromium.awaitScript("the graph to be drawn", "return !!window.cy && window.cy.nodes().length > 1"
                + " && document.getElementById('overlay').hidden");
    }

    /** Clicks where the node is drawn, as a person would. */
    private void clickNode(String id) {
        Map<String, Object> at = chromium.js("const n = window.cy.getElementById(arguments[0]); const p = n.renderedPosition();"
                + " const c = document.getElementById('graph').getBoundingClientRect(); return {x: p.x - c.width / 2, y: p.y - c.height / 2};", id);
        new Actions(chromium.driver()).moveToElement(chromium.find("#graph"), ((Number) at.get("x")).intValue(),
                ((Number) at.get("y")).intValue()).click().perform();
    }

    @Test
    void aDeepLinkOpensWithTheFocusedEntitysNeighbourhoodDrawn() {
        open("/?focus=GPC3");
        awaitGraph();

        String focus = chromium.js("return window.cy.nodes('.focus').map(n => n.data('label') + ' ' + n.id()).join()");
        assertThat(focus).contains("GPC3");
        assertThat(nodes()).isGreaterThan(1);
        assertThat(chromium.<Boolean>js("return window.cy.nodes('.focus').closedNeighborhood().nodes().length"
                + " === window.cy.nodes().length")).as("every node drawn is a neighbour of the focus").isTrue();
        assertThat(chromium.find("#legend li[data-type='antigen'] .count").getText()).isEqualTo("1");
        assertThat(chromium.find("#details h3").getText())
                .isEqualTo(chromium.js("return window.cy.nodes('.focus').first().data('label')"));
        chromium.await("the antigen's identifiers from its API page", d -> chromium.find("#details").getText().contains("HGNC:4451"));
        assertThat(chromium.find("#details a[href*='genenames.org']").getText()).isEqualTo("HGNC:4451");
        chromium.screenshot("explorer-focus-gpc3");
    }

    @Test
    void searchingHer2OffersErbb2AndPickingItDrawsIt() {
        open("/");
        assertThat(chromium.find("#overlay").isDisplayed()).as("the welcome card").isTrue();
        chromium.screenshot("explorer-empty");

        chromium.find("#search").sendKeys("HER2");
        WebElement erbb2 = chromium.await("ERBB2 among the suggestions",
                d -> chromium.findAll("#search-suggestions li[data-ref='ERBB2']").stream().findFirst().orElse(null));
        assertThat(erbb2.getText()).contains("ANTIGEN");
        chromium.screenshot("explorer-search-her2");
        erbb2.click();

        // Nothing in the seed targets HER2 (a HER2-negative trial is not a HER2 therapy): ERBB2 is drawn alone.
        chromium.awaitScript("ERBB2 to be drawn", "return !!window.cy && window.cy.nodes('.focus').length === 1"
                + " && document.getElementById('overlay').hidden");
        assertThat(chromium.<String>js("return window.cy.nodes('.focus').first().data('key')")).isEqualTo("ERBB2");
        assertThat(chromium.<String>js("return location.search")).isEqualTo("?focus=ERBB2");
        assertThat(chromium.find("#view-title").getText()).isEqualTo("Nothing is connected to HER2 in the graph yet");
        chromium.screenshot("explorer-her2-alone");
    }

    @Test
    void clickingANodeShowsItsDetailsAndExpandsItsNeighbours() {
        open("/?focus=GPC3");
        awaitGraph();
        long before = nodes();
        String therapy = chromium.js("return window.cy.nodes('[styleKey = \"therapy\"]').first().id()");
        assertThat(therapy).as("a therapy that targets GPC3").isNotBlank();

        clickNode(therapy);

        chromium.awaitScript("the therapy to be expanded", "return window.cy.getElementById(arguments[0]).hasClass('expanded')"
                + " && window.cy.nodes().length > arguments[1]", therapy, before);
        assertThat(chromium.find("#details .badge").getText()).isEqualTo("THERAPY");
        chromium.screenshot("explorer-expanded");
    }

    @Test
    void selectingARelationshipShowsItsEvidenceAndLinksToItsSources() {
        open("/?focus=GPC3");
        awaitGraph();
        String edge = chromium.js("return window.cy.edges('[type = \"TARGETS\"]').first().id()");

        chromium.js("window.cy.getElementById(arguments[0]).emit('tap')", edge);

        String details = chromium.find("#details").getText();
        assertThat(details).contains("TARGETS").containsAnyOf("stated", "inferred", "curated").containsIgnoringCase("source");
        assertThat(chromium.findAll("#details .sources li")).isNotEmpty();
        List<WebElement> links = chromium.findAll("#details .sources a");
        chromium.screenshot("explorer-evidence");
        assertThat(links).allSatisfy(a -> assertThat(a.getAttribute("href")).startsWith("https://"));
        // The count is shown in the title, never as a stray property row.
        assertThat(details).doesNotContain("sourceCount");

        // A hub link lists its first 20 sources and counts them all (docs/api.md, "Evidence"): say so.
        long shown = chromium.<Long>js("return window.cy.getElementById(arguments[0]).data('sources').length", edge);
        chromium.js("const e = window.cy.getElementById(arguments[0]); e.data('sourceCount', 4228); e.emit('tap')",
                edge);
        assertThat(chromium.find("#details").getText()).containsIgnoringCase("the first " + shown + " of 4,228")
                .doesNotContain("sourceCount");

        // The rest is read from /api/v1/relationships/sources, which knows the link's real list (shown in full here).
        chromium.js("[...document.querySelectorAll('#details button')].find(b => b.textContent === 'Show more sources').click()");
        chromium.awaitScript("the sources to be read", "return ![...document.querySelectorAll('#details button')]"
                + ".some(b => b.textContent === 'Show more sources')");
        assertThat(chromium.findAll("#details .sources li")).hasSize((int) shown);
        assertThat(chromium.find("#details").getText()).doesNotContain("4,228").doesNotContain("not available");
        assertThat(chromium.findAll("#details .sources a"))
                .allSatisfy(a -> assertThat(a.getAttribute("href")).startsWith("https://"));
    }

    @Test
    void typeAndModalityFiltersAndHidingTakeNodesOutOfTheViewAndShowHiddenBringsThemBack() {
        open("/?focus=GPC3");
        awaitGraph();
        long therapies = chromium.<Long>js("return window.cy.nodes('[styleKey = \"therapy\"]:visible').length");
        assertThat(therapies).isPositive();

        chromium.find("#legend input[data-type='therapy']").click();
        // Awaited, not read at once: a node drawn just after the click (the focus's neighbourhood still arriving)
        // is filtered when it is added; a therapy left visible for good fails here.
        chromium.awaitScript("every therapy to be filtered out",
                "return window.cy.nodes('[styleKey = \"therapy\"]:visible').length === 0");
        chromium.find("#legend input[data-type='therapy']").click();
        chromium.awaitScript("every therapy to be shown again", "const t = window.cy.nodes('[styleKey = \"therapy\"]');"
                + " return t.length >= arguments[0] && t.every(n => n.visible())", therapies);

        String therapy = chromium.js("return window.cy.nodes('[styleKey = \"therapy\"]').first().id()");
        // Focusing the list (as a keyboard does; a click would leave the native popup open) asks for the modalities.
        chromium.js("document.getElementById('modality').focus()");
        chromium.await("the modalities to be offered", d -> chromium.findAll("#modality option[value='til']").isEmpty() ? null : true);
        new Select(chromium.find("#modality")).selectByValue("til");
        chromium.awaitScript("CAR-GPC3 T cells to be hidden: not a TIL therapy", "return !window.cy.getElementById(arguments[0]).visible()", therapy);
        new Select(chromium.find("#modality")).selectByValue("car-t");
        chromium.awaitScript("it to be back: a CAR-T therapy", "return window.cy.getElementById(arguments[0]).visible()", therapy);
        new Select(chromium.find("#modality")).selectByValue("");

        String cancer = chromium.js("return window.cy.nodes('[styleKey = \"cancer\"]').first().id()");
        chromium.js("window.cy.getElementById(arguments[0]).emit('tap')", cancer);
        chromium.findAll("#details .actions button").stream().filter(b -> b.getText().equals("Hide")).findFirst().orElseThrow().click();
        assertThat(chromium.<Boolean>js("return window.cy.getElementById(arguments[0]).visible()", cancer)).isFalse();
        chromium.find("#show-hidden").click();
        assertThat(chromium.<Boolean>js("return window.cy.getElementById(arguments[0]).visible()", cancer)).isTrue();
    }

    @Test
    void howAreTheseConnectedDrawsThePathsBetweenTwoEntities() {
        open("/?focus=GPC3");
        awaitGraph();
        chromium.find("#path-to").sendKeys("hepatocellular carcinoma");
        chromium.find("#find-paths").click();

        chromium.await("the paths to be listed", d -> chromium.findAll("#paths-result .paths-list li").stream().findFirst().orElse(null));
        assertThat(chromium.<Long>js("return window.cy.edges('.on-path').length")).isPositive();
        chromium.screenshot("explorer-paths");
    }

    @Test
    void theViewExportsAsAPngImageAndAsCytoscapeJson() throws Exception {
        open("/?focus=GPC3");
        awaitGraph();
        long drawn = nodes();

        chromium.find("#export-png").click();
        chromium.find("#export-json").click();

        Path png = chromium.downloads().resolve("oncograph-gpc3.png");
        Path cyjs = chromium.downloads().resolve("oncograph-gpc3.cyjs");
        chromium.await("both files to be saved", d -> Files.exists(png) && Files.exists(cyjs) ? Boolean.TRUE : null);
        byte[] image = Files.readAllBytes(png);
        assertThat(image).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        JsonNode network = JsonMapper.builder().build().readTree(Files.readString(cyjs));
        assertThat(network.get("elements").get("nodes").size()).isEqualTo(drawn);
        assertThat(network.get("elements").get("nodes").get(0).get("position").has("x")).isTrue();
    }

    @Test
    void anUnknownReferenceExplainsTheProblemAndOffersWhatTheReaderMayHaveMeant() {
        open("/?focus=glypican-4");

        WebElement problem = chromium.await("the problem to be shown", d -> chromium.findAll("#overlay .notice.error").stream().findFirst().orElse(null));
        assertThat(problem.getText()).isNotBlank();
        chromium.screenshot("explorer-unknown-reference");
        // The page asked for something that does not exist: the browser logs that 404, and only that.
        assertThat(chromium.newConsoleErrors()).allSatisfy(m -> assertThat(m).contains("404"));
    }

    @Test
    void onAPhoneTheGraphComesFirstAndThePanelsFollow() {
        chromium.resize(390, 844);
        chromium.open("http://localhost:" + port + "/?focus=GPC3");
        awaitGraph();
        chromium.screenshot("explorer-phone");
        assertThat(chromium.find(".stage").getLocation().getY()).isLessThan(chromium.find(".sidebar").getLocation().getY());
        chromium.resize(1440, 900);
    }
}
