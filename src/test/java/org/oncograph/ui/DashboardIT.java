package org.oncograph.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oncograph.OncoGraphIntegrationTest;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard in a real browser against the seeded graph: charts drawn from /api/v1/stats, and drill-downs. */
@OncoGraphIntegrationTest
class DashboardIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    private void open(int width, int height) {
        chromium.resize(width, height);
        chromium.open("http://localhost:" + port + "/dashboard");
        chromium.awaitScript("the charts to be drawn", "return Array.isArray(window.charts) && window.charts.length >= 4");
    }

    @Test
    void theDashboardDrawsAtLeastFourChartsOfTheGraphsStatistics() {
        open(1440, 900);

        List<Map<String, Object>> charts = chromium.js("return window.charts.map(c => ({id: c.canvas.id,"
                + " width: c.canvas.width, height: c.canvas.height, points: c.data.datasets[0].data.length,"
                + " registered: Chart.getChart(c.canvas) === c}))");
        assertThat(charts).hasSizeGreaterThanOrEqualTo(4).allSatisfy(chart -> {
            assertThat(((Number) chart.get("width")).intValue()).as(chart.get("id") + " width").isPositive();
            assertThat(((Number) chart.get("height")).intValue()).as(chart.get("id") + " height").isPositive();
            assertThat(((Number) chart.get("points")).intValue()).as(chart.get("id") + " data").isPositive();
            assertThat(chart.get("registered")).isEqualTo(true);
        });
        assertThat(charts).extracting(c -> c.get("id")).contains("chart-therapies-per-antigen");
        assertThat(chromium.find(".kpi[data-label='Therapy'] .value").getText()).matches("[\\d,]+");
        chromium.screenshot("dashboard");
    }

    /** Clicks the middle of the chart's first bar, as a person would. */
    private void clickFirstBar(String canvasId) {
        Map<String, Object> at = chromium.js("const c = Chart.getChart(arguments[0]);"
                + " const p = c.getDatasetMeta(0).data[0].getCenterPoint(); const r = c.canvas.getBoundingClientRect();"
                + " return {x: p.x - r.width / 2, y: p.y - r.height / 2};", canvasId);
        new Actions(chromium.driver()).moveToElement(chromium.find("#" + canvasId),
                ((Number) at.get("x")).intValue(), ((Number) at.get("y")).intValue()).click().perform();
    }

    @Test
    void clickingAnAntigensBarOpensTheExplorerOnThatAntigen() {
        open(1440, 900);

        clickFirstBar("chart-therapies-per-antigen");

        chromium.awaitScript("the explorer to open on the antigen", "return location.pathname === '/'"
                + " && location.search.startsWith('?focus=') && !!window.cy && window.cy.nodes().length > 1");
    }

    @Test
    void clickingAPhaseOpensTheListOfItsTrials() {
        open(1440, 900);

        clickFirstBar("chart-trials-by-phase");

        chromium.await("the trials to be listed", d -> chromium.findAll("#drill table.list tbody tr").stream().findFirst().orElse(null));
        assertThat(chromium.find("#drill h2").getText()).startsWith("Trials in");
        assertThat(chromium.find("#drill table.list tbody tr a").getAttribute("href")).startsWith("https://clinicaltrials.gov/study/NCT");
        chromium.screenshot("dashboard-drill-down");
    }

    @Test
    void onAPhoneTheChartsStackInOneColumn() {
        open(390, 844);

        List<Long> lefts = chromium.js("return [...document.querySelectorAll('.chart-card')].map(c => Math.round(c.getBoundingClientRect().left))");
        assertThat(lefts).as("every chart starts at the same left edge").containsOnly(lefts.get(0));
        assertThat(chromium.<Boolean>js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isTrue();
        chromium.screenshot("dashboard-phone");
        chromium.resize(1440, 900);
    }
}
