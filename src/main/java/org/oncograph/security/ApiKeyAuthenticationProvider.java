package org.oncograph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import org.oncograph.OncoGraphProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks the {@code X-API-Key} a request sent against {@code oncograph.security.api-key}. Being an
 * {@link AuthenticationProvider} bean, it also stops Boot from creating its default user with a generated password:
 * OncoGraph has no users, only the one key.
 */
@Component
public class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    /** The authority a request holding the right key gets; writes, the export and management endpoints need it. */
    public static final String KEY_HOLDER = "ROLE_KEY_HOLDER";

    private final byte[] expectedDigest;

    ApiKeyAuthenticationProvider(OncoGraphProperties properties) {
        String key = properties.security().apiKey();
        this.expectedDigest = key == null || key.isBlank() ? null : sha256(key);
    }

    /** Whether a key is configured at all; without one, nothing that needs a key can be done. */
    public boolean keyConfigured() {
        return expectedDigest != null;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String presented = String.valueOf(authentication.getCredentials());
        // Comparing fixed-length digests with MessageDigest.isEqual takes the same time whatever the key and
        // however much of it matches, so timing tells an attacker neither its length nor its prefix.
        if (expectedDigest == null || !MessageDigest.isEqual(expectedDigest, sha256(presented))) {
            throw new BadCredentialsException("wrong API key");
        }
        return ApiKeyAuthentication.authenticated(List.of(new SimpleGrantedAuthority(KEY_HOLDER)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiKeyAuthentication.class.isAssignableFrom(authentication);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
