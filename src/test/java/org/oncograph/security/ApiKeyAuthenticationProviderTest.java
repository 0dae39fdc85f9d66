package org.oncograph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oncograph.OncoGraphProperties;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.util.unit.DataSize;

/**
 * The key check itself. That it takes the same time whatever is presented follows from comparing fixed-length
 * digests with {@code MessageDigest.isEqual} (a timing test would be flaky); what is tested is that the digests leave
 * no near miss in: only the exact key passes.
 */
class ApiKeyAuthenticationProviderTest {

    private static final String KEY = "s3cret-Key-0123456789";

    private static ApiKeyAuthenticationProvider configuredWith(String key) {
        return new ApiKeyAuthenticationProvider(new OncoGraphProperties(null, null,
                new OncoGraphProperties.Security(key, true, DataSize.ofMegabytes(1)), null));
    }

    @Test
    void onlyTheExactKeyIsAcceptedNotItsPrefixesExtensionsOrOtherCase() {
        var provider = configuredWith(KEY);
        assertThat(provider.authenticate(ApiKeyAuthentication.presented(KEY)).getAuthorities())
                .extracting(Object::toString).containsExactly(ApiKeyAuthenticationProvider.KEY_HOLDER);
        for (String nearMiss : List.of("", "s", KEY.substring(0, KEY.length() - 1), KEY + "0", KEY.toLowerCase(),
                " " + KEY, KEY + "\n", KEY + "\0")) {
            assertThatThrownBy(() -> provider.authenticate(ApiKeyAuthentication.presented(nearMiss)))
                    .as("presented %s", nearMiss.replace("\0", "\\0").replace("\n", "\\n"))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void withNoKeyConfiguredNothingIsAcceptedNotEvenAnEmptyKey() {
        var provider = configuredWith("");
        assertThat(provider.keyConfigured()).isFalse();
        for (String presented : List.of("", "null", KEY)) {
            assertThatThrownBy(() -> provider.authenticate(ApiKeyAuthentication.presented(presented)))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }
}
