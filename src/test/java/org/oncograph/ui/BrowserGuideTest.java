package org.oncograph.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class BrowserGuideTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final BrowserGuide guide = new BrowserGuide(new NodeStyles(json), json);

    @Test
    void jsonParametersBecomeTheCypherMapThatBrowsersParamsCommandReads() {
        assertThat(guide.cypherMap("{\"antigen\": \"GPC3\", \"limit\": 5, \"phases\": [\"PHASE1\", \"PHASE2\"], \"strict\": true}"))
                .isEqualTo("{antigen: 'GPC3', limit: 5, phases: ['PHASE1', 'PHASE2'], strict: true}");
    }

    @Test
    void quotesInParameterValuesAndOddKeysAreEscaped() {
        assertThat(guide.cypherMap("{\"name\": \"Hodgkin's lymphoma\", \"two words\": null}"))
                .isEqualTo("{name: 'Hodgkin\\'s lymphoma', `two words`: null}");
    }

    @Test
    void theGuideOpensWithTheStyleCommandAndEndsWithWhereToGoNext() {
        String html = guide.html("http://localhost:8080");

        assertThat(html).contains("<title>OncoGraph: a guided tour</title>")
                .contains("<pre class=\"pre-scrollable code runnable\">:style http://localhost:8080/guides/oncograph.grass</pre>")
                .contains("MATCH (n)\nUNWIND labels(n) AS label\nRETURN label, count(*) AS nodes")
                .contains("<h3>Where next</h3>");
        assertThat(html.indexOf("<slide")).isLessThan(html.indexOf("Where next"));
    }

    @Test
    void theBrowserStyleGivesEveryLabelItsColourAndCaption() {
        String grass = new NodeStyles(json).grass();

        assertThat(grass).contains("""
                node.Antigen {
                  color: #D55E00;
                  border-color: #AA4B00;
                  text-color-internal: #FFFFFF;
                  caption: "{symbol}";
                }""").contains("node.Trial {").contains("caption: \"{nctId}\"").contains("caption: \"<type>\"");
    }
}
