package org.oncograph.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the running application, read from its OpenAPI document ({@code /v3/api-docs}), so that tests
 * that send hostile input cover endpoints added later without being told about them.
 */
record ApiEndpoints(List<Operation> operations) {

    /** A value for a path parameter that is not the one under test: a real key, so the request reaches its handler. */
    static final String PLAIN_VALUE = "GPC3";

    /** One HTTP method on one path, its parameters and the media types its body may have. */
    record Operation(String method, String path, List<Parameter> parameters, List<String> bodyTypes) {

        /** The request URI with {@code target} set to {@code value} (encoded) and every other path parameter plain. */
        String uri(String base, Parameter target, String value) {
            String path = this.path;
            StringBuilder query = new StringBuilder();
            for (Parameter p : parameters) {
                String v = p.equals(target) ? value : PLAIN_VALUE;
                if (p.in().equals("path")) {
                    path = path.replace("{" + p.name() + "}", encode(v).replace("+", "%20"));
                } else if (p.in().equals("query") && p.equals(target)) {
                    query.append(query.isEmpty() ? "?" : "&").append(encode(p.name())).append('=').append(encode(v));
                }
            }
            return base + path + query;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A parameter: where it goes ({@code path}, {@code query}, {@code header}) and its name. */
    record Parameter(String in, String name) {
    }

    static ApiEndpoints discover(HttpClient http, String base) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/v3/api-docs answered " + response.statusCode());
        }
        JsonNode doc = JsonMapper.builder().build().readTree(response.body());
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    parameters.add(new Parameter(p.path("in").asString(), p.path("name").asString()));
                }
                List<String> bodyTypes = new ArrayList<>();
                op.getValue().path("requestBody").path("content").propertyNames().forEach(bodyTypes::add);
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), parameters, bodyTypes));
            }
        }
        return new ApiEndpoints(List.copyOf(operations));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
