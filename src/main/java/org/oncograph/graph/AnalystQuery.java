package org.oncograph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One analyst question of {@code cypher/queries/}: the header a person reads (question, parameters, expected
 * answer) and the Cypher to run. Header lines are {@code // Question: ...}, {@code // Parameters: {json}} and
 * {@code // Expected: first row {json}; rows: N}; any other leading comment lines describe the question.
 *
 * @param file           the file name, e.g. {@code 01-therapies-targeting-antigen.cypher}
 * @param question       the question in words
 * @param description    the other leading comment lines, joined (may be empty)
 * @param parametersJson the parameters as a JSON object ({@code {}} when there are none)
 * @param expected       what the header promises, e.g. {@code first row {"therapy": "..."}; rows: 3} (may be empty)
 * @param cypher         the query, without comments
 */
public record AnalystQuery(String file, String question, String description, String parametersJson, String expected,
                           String cypher) {

    /** Where the analyst questions live, inside the jar as in the checkout. */
    public static final String LOCATION = "classpath*:cypher/queries/*.cypher";

    static final Pattern QUESTION = Pattern.compile("^//\\s*Question:\\s*(.+?)\\s*$", Pattern.MULTILINE);
    static final Pattern PARAMETERS = Pattern.compile("^//\\s*Parameters:\\s*(\\{.*})\\s*$", Pattern.MULTILINE);
    static final Pattern EXPECTED = Pattern.compile(
            "^//\\s*Expected:\\s*(first row\\s*(\\{.*})\\s*;\\s*rows:\\s*(\\d+))\\s*$", Pattern.MULTILINE);
    private static final Pattern HEADER = Pattern.compile("^//\\s*(Question|Parameters|Expected):");

    /** Reads every analyst question, in file-name order (the files are numbered in the order to read them). */
    public static List<AnalystQuery> loadAll() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<AnalystQuery> queries = new ArrayList<>();
            for (Resource file : Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                queries.add(parse(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8)));
            }
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCATION, e);
        }
    }

    public static AnalystQuery parse(String file, String content) {
        Matcher question = QUESTION.matcher(content);
        Matcher parameters = PARAMETERS.matcher(content);
        Matcher expected = EXPECTED.matcher(content);
        StringBuilder description = new StringBuilder();
        for (String line : content.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!trimmed.startsWith("//")) {
                break;
            }
            if (!HEADER.matcher(trimmed).find()) {
                String text = trimmed.substring(2).strip();
                if (!text.isEmpty()) {
                    description.append(description.isEmpty() ? "" : " ").append(text);
                }
            }
        }
        List<CypherScript.Statement> statements = CypherScript.parse(file, content).statements();
        String cypher = statements.isEmpty() ? "" : statements.get(0).text().replaceAll("(?m)^\\s*\\n", "");
        return new AnalystQuery(file,
                question.find() ? question.group(1) : file.replaceFirst("\\.cypher$", "").replace('-', ' '),
                description.toString(),
                parameters.find() ? parameters.group(1) : "{}",
                expected.find() ? expected.group(1) : "",
                cypher);
    }
}
