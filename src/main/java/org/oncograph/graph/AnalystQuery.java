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
 * {@code CypherQueriesIT} runs each against the seeded graph and the Neo4j Browser guide shows each.
 *
 * @param file           the file name, e.g. {@code 01-therapies-targeting-antigen.cypher}
 * @param question       the question in words, or null when the header has none
 * @param description    the other leading comment lines, joined (may be empty)
 * @param parametersJson the parameters as a JSON object, or null when the header has none
 * @param firstRowJson   the expected first row as a JSON object, or null when the header promises none
 * @param rows           the expected number of rows, or -1 when the header promises none
 * @param statements     how many statements the file holds (an analyst question is one)
 * @param cypher         the first statement, without comments
 */
public record AnalystQuery(String file, String question, String description, String parametersJson,
                           String firstRowJson, int rows, int statements, String cypher) {

    /** Where the analyst questions live, inside the jar as in the checkout. */
    public static final String LOCATION = "classpath*:cypher/queries/*.cypher";

    private static final Pattern QUESTION = Pattern.compile("^//\\s*Question:\\s*(.+?)\\s*$", Pattern.MULTILINE);
    private static final Pattern PARAMETERS = Pattern.compile("^//\\s*Parameters:\\s*(\\{.*})\\s*$", Pattern.MULTILINE);
    private static final Pattern EXPECTED = Pattern.compile(
            "^//\\s*Expected:\\s*first row\\s*(\\{.*})\\s*;\\s*rows:\\s*(\\d+)\\s*$", Pattern.MULTILINE);
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
        boolean hasExpected = expected.find();
        List<CypherScript.Statement> statements = CypherScript.parse(file, content).statements();
        String cypher = statements.isEmpty() ? "" : statements.get(0).text().replaceAll("(?m)^\\s*\\n", "");
        return new AnalystQuery(file,
                question.find() ? question.group(1) : null,
                description(content),
                parameters.find() ? parameters.group(1) : null,
                hasExpected ? expected.group(1) : null,
                hasExpected ? Integer.parseInt(expected.group(2)) : -1,
                statements.size(),
                cypher);
    }

    /** The leading comment lines that are not header fields. */
    private static String description(String content) {
        StringBuilder description = new StringBuilder();
        for (String line : content.lines().map(String::strip).toList()) {
            if (line.isEmpty() || HEADER.matcher(line).find()) {
                continue;
            }
            if (!line.startsWith("//")) {
                break;
            }
            String text = line.substring(2).strip();
            if (!text.isEmpty()) {
                description.append(description.isEmpty() ? "" : " ").append(text);
            }
        }
        return description.toString();
    }

    /** The question, or the file's name in words when the header has none. */
    public String title() {
        return question != null ? question : file.replaceFirst("\\.cypher$", "").replace('-', ' ');
    }

    /** Whether the header says what the answer should be. */
    public boolean hasExpectation() {
        return rows >= 0;
    }

    /** The header's promise in words, e.g. {@code first row {"therapy": "..."}; rows: 3}, or empty. */
    public String expected() {
        return hasExpectation() ? "first row " + firstRowJson + "; rows: " + rows : "";
    }
}
