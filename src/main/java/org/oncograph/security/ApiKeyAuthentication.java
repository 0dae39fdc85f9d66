package org.oncograph.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A request's API key: presented (not yet checked), or checked and accepted. The key is never kept afterwards. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final String presentedKey;

    private ApiKeyAuthentication(String presentedKey, Collection<? extends GrantedAuthority> authorities,
                                 boolean authenticated) {
        super(authorities);
        this.presentedKey = presentedKey;
        setAuthenticated(authenticated);
    }

    static ApiKeyAuthentication presented(String key) {
        return new ApiKeyAuthentication(key, List.of(), false);
    }

    static ApiKeyAuthentication authenticated(Collection<? extends GrantedAuthority> authorities) {
        return new ApiKeyAuthentication(null, authorities, true);
    }

    @Override
    public Object getCredentials() {
        return presentedKey;
    }

    @Override
    public Object getPrincipal() {
        return "api-key";
    }

    @Override
    public String toString() {
        // The default toString would print the credentials into any log line that prints the authentication.
        return "ApiKeyAuthentication[authenticated=" + isAuthenticated() + "]";
    }
}
