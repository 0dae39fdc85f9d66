package org.oncograph.ui;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.oncograph.graph.AnalystQuery;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Neo4j Browser guide ({@code :play .../guides/oncograph.html}): from what is in the graph to the analyst
 * questions of {@code cypher/queries/}, which are read on every request so that the guide can never show a query
 * other than the one CI checks. Each {@code <slide>} is one page in Browser; {@code pre.runnable} blocks are
 * clickable there (they fill the editor). Opened directly, the same file reads as a plain web page.
 */
class BrowserGuide {

    private final NodeStyles styles;
    private final JsonMapper json;

    BrowserGuide(NodeStyles styles, JsonMapper json) {
        this.styles = styles;
        this.json = json;
    }

    String html(String baseUrl) {
        List<AnalystQuery> queries = AnalystQuery.loadAll();
        StringBuilder slides = new StringBuilder();
        slides.append(welcome(baseUrl));
        slides.append(counts());
        slides.append(provenance());
        for (int i = 0; i < queries.size(); i++) {
            slides.append(question(queries.get(i), i + 1, queries.size()));
        }
        slides.append(next(baseUrl, queries.isEmpty()));
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>OncoGraph: a guided tour</title>
                  <link rel="icon" href="%1$s/favicon.svg" type="image/svg+xml">
                  <link rel="stylesheet" href="%1$s/ui/guide.css">
                  <script src="%1$s/ui/guide.js" defer></script>
                </head>
                <body>
                <article class="guide">
                  <header class="standalone-only">
                    <p class="eyebrow">Neo4j Browser guide</p>
                    <h1>OncoGraph: a guided tour</h1>
                    <p>Play it in Neo4j Browser, where every grey block runs with a click:</p>
                    <pre class="command">:play %1$s/guides/oncograph.html</pre>
                  </header>
                  <carousel class="deck container-fluid">
                %2$s  </carousel>
                </article>
                </body>
                </html>
                """.formatted(htmlEscape(baseUrl), slides);
    }

    private String welcome(String baseUrl) {
        String legend = styles.all().stream()
                .map(s -> ("<li><span class=\"swatch\" style=\"display:inline-block;width:10px;height:10px;border-radius:50%%;"
                        + "margin-right:6px;background:%s\"></span><code>:%s</code> by <code>%s</code></li>")
                        .formatted(s.color(), s.label(), s.caption()))
                .collect(Collectors.joining("\n        "));
        return slide("OncoGraph", "An open knowledge graph of cancer immunotherapies", """
                <p>OncoGraph links <b>therapies</b> (CAR-T, TIL, checkpoint inhibitors, vaccines...) to the
                <b>antigens</b> they target, the <b>cancers</b> they are studied for, the clinical <b>trials</b> that
                test them and the <b>institutions</b> behind them. Every relationship says where it came from.</p>
                <p>Give each label its OncoGraph colour and caption (click, then run):</p>
                <pre class="pre-scrollable code runnable">:style %1$s/guides/oncograph.grass</pre>
                <ul class="legend" style="list-style:none;padding:0;columns:2">
                        %2$s
                </ul>
                <p>Prefer pictures? The same graph in the <a href="%1$s/" target="_blank">OncoGraph explorer</a>
                and <a href="%1$s/dashboard" target="_blank">dashboard</a>.</p>
                """.formatted(htmlEscape(baseUrl), legend));
    }

    private String counts() {
        return slide("What is in the graph", "Counts per label and relationship type", """
                <p>How many nodes of each label:</p>
                %s
                <p>How many relationships of each type:</p>
                %s
                <p>The model at a glance (labels and the relationship types between them):</p>
                %s
                """.formatted(runnable("""
                        MATCH (n)
                        UNWIND labels(n) AS label
                        RETURN label, count(*) AS nodes
                        ORDER BY nodes DESC"""), runnable("""
                        MATCH ()-[r]->()
                        RETURN type(r) AS relationship, count(*) AS relationships
                        ORDER BY relationships DESC"""), runnable("CALL db.schema.visualization()")));
    }

    private String provenance() {
        return slide("Every fact has a source", "evidence, quote, confidence, sources", """
                <p>Each relationship carries <code>sources</code> (ids of <code>:Source</code> nodes),
                <code>evidence</code> (<code>stated</code>, <code>inferred</code> or <code>curated</code>), the
                supporting <code>quote</code> and a <code>confidence</code>. Which therapies target which antigen,
                and on what grounds:</p>
                %s
                <p>The neighbourhood of one antigen, as a picture:</p>
                %s
                """.formatted(runnable("""
                        MATCH (t:Therapy)-[r:TARGETS]->(a:Antigen)
                        RETURN a.symbol AS antigen, t.name AS therapy, r.evidence AS evidence,
                               r.confidence AS confidence, r.quote AS quote, r.sources AS sources
                        ORDER BY antigen, therapy
                        LIMIT 50"""), runnable("""
                        MATCH p = (:Antigen {symbol: 'GPC3'})-[*1..2]-()
                        RETURN p
                        LIMIT 60""")));
    }

    private String question(AnalystQuery query, int number, int total) {
        StringBuilder body = new StringBuilder();
        if (!query.description().isBlank()) {
            body.append("<p>").append(htmlEscape(query.description())).append("</p>\n");
        }
        String parameters = query.parametersJson() == null ? "{}" : cypherMap(query.parametersJson());
        if (!"{}".equals(parameters)) {
            body.append("<p>First set its parameters:</p>\n").append(runnable(":params " + parameters)).append('\n');
            body.append("<p>then ask:</p>\n");
        }
        body.append(runnable(query.cypher())).append('\n');
        if (!query.expected().isBlank()) {
            body.append("<p class=\"expected\">Expected: ").append(htmlEscape(query.expected())).append("</p>\n");
        }
        body.append("<p class=\"source\">From <code>cypher/queries/").append(htmlEscape(query.file()))
                .append("</code></p>\n");
        return slide("Question " + number + " of " + total, query.title(), body.toString());
    }

    private String next(String baseUrl, boolean noQuestions) {
        String note = noQuestions
                ? "<p>No analyst questions are installed yet: they live in <code>cypher/queries/</code>.</p>\n" : "";
        return slide("Where next", "Your own questions", note + """
                <p>Every question above is a file in <code>cypher/queries/</code>, checked by a test against the
                seeded graph. Add yours the same way: a <code>// Question:</code>, its <code>// Parameters:</code>
                and the <code>// Expected:</code> first row.</p>
                <ul>
                  <li><a href="%1$s/" target="_blank">Explorer</a>: search, expand, find paths between two entities</li>
                  <li><a href="%1$s/dashboard" target="_blank">Dashboard</a>: therapies per antigen, trials by phase and country</li>
                  <li><a href="%1$s/swagger-ui.html" target="_blank">REST API</a>: the same questions over HTTP</li>
                </ul>
                """.formatted(htmlEscape(baseUrl)));
    }

    /** One Browser page; the body is not re-indented, as that would shift the lines of its Cypher blocks. */
    private static String slide(String title, String lead, String body) {
        return """
                    <slide class="row-fluid">
                      <div class="col-sm-3">
                        <h3>%s</h3>
                        <p class="lead">%s</p>
                      </div>
                      <div class="col-sm-9">
                %s
                      </div>
                    </slide>
                """.formatted(htmlEscape(title), htmlEscape(lead), body.strip());
    }

    private static String runnable(String cypher) {
        return "<pre class=\"pre-scrollable code runnable\">" + htmlEscape(cypher.strip()) + "</pre>";
    }

    /** The JSON parameters of a query header as the Cypher map literal that Browser's {@code :params} expects. */
    String cypherMap(String parametersJson) {
        return literal(json.readValue(parametersJson, Object.class));
    }

    private static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BrowserGuide::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> name(String.valueOf(e.getKey())) + ": " + literal(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }

    private static String name(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? key : "`" + key.replace("`", "``") + "`";
    }
}
