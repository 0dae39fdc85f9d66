package org.oncograph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncograph.ApiClient;
import org.oncograph.OncoGraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API describes itself: OpenAPI document and Swagger UI. */
@OncoGraphIntegrationTest
class OpenApiIT {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentListsEveryEndpoint() {
        var response = new ApiClient(port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("paths").propertyNames()).contains(
                "/api/v1/antigens/{ref}/therapies", "/api/v1/cancers/{ref}/therapies",
                "/api/v1/cancers/{ref}/antigens", "/api/v1/therapies", "/api/v1/antigens", "/api/v1/cancers",
                "/api/v1/trials", "/api/v1/institutions", "/api/v1/therapies/{ref}", "/api/v1/antigens/{ref}",
                "/api/v1/cancers/{ref}", "/api/v1/trials/{ref}", "/api/v1/institutions/{ref}", "/api/v1/search",
                "/api/v1/paths", "/api/v1/graph/neighbourhood", "/api/v1/stats",
                "/api/v1/relationships/sources");
    }

    @Test
    void swaggerUiIsServed() {
        var response = new ApiClient(port).get("/swagger-ui/index.html");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.raw()).containsIgnoringCase("swagger");
    }
}
