package org.oncograph;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the API contract tests: a real HTTP client pointed at the running application. Subclasses carry
 * {@link OncoGraphIntegrationTest} themselves, so they all share one application context.
 */
public abstract class ApiContractTest {

    @LocalServerPort
    protected int port;

    protected ApiClient api;

    @BeforeEach
    void apiClient() {
        api = new ApiClient(port);
    }
}
