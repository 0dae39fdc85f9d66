package org.oncograph.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusalHandlerTest {

    @Test
    void requestTextInALogLineCannotStartAForgedLine() {
        assertThat(RefusalHandler.clean("/api/v1/imports\r\n2026-01-01 INFO forged"))
                .isEqualTo("/api/v1/imports??2026-01-01 INFO forged");
    }

    @Test
    void requestTextInALogLineIsBounded() {
        assertThat(RefusalHandler.clean("x".repeat(10_000))).hasSize(303).endsWith("...");
    }

    @Test
    void aMissingValueIsADash() {
        assertThat(RefusalHandler.clean(null)).isEqualTo("-");
    }
}
