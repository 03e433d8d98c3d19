package dev.xinspect.core.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OAuth 1.0a tokens the sandbox knows: access tokens with their secrets and whether they may write, and request
 * tokens of the three-legged flow waiting for their verifier.
 */
final class Oauth1Tokens {
    record AccessToken(String secret, String userId, boolean canWrite) {
    }

    record RequestToken(String secret, String callback, String verifier) {
    }

    private final Map<String, AccessToken> access = new ConcurrentHashMap<>();
    private final Map<String, RequestToken> requests = new ConcurrentHashMap<>();

    Oauth1Tokens(SandboxCredentials credentials) {
        access.put(credentials.accessToken(), new AccessToken(credentials.accessTokenSecret(), credentials.userId(), true));
        access.put(credentials.readOnlyAccessToken(), new AccessToken(credentials.readOnlyAccessTokenSecret(), credentials.userId(), false));
    }

    Optional<AccessToken> access(String token) {
        return Optional.ofNullable(access.get(token));
    }

    void addAccess(String token, AccessToken value) {
        access.put(token, value);
    }

    Optional<RequestToken> request(String token) {
        return Optional.ofNullable(requests.get(token));
    }

    void putRequest(String token, RequestToken value) {
        requests.put(token, value);
    }

    Optional<RequestToken> removeRequest(String token) {
        return Optional.ofNullable(requests.remove(token));
    }

    /** The secret to sign with for a token of either kind. */
    Optional<String> secretOf(String token) {
        return access(token).map(AccessToken::secret).or(() -> request(token).map(RequestToken::secret));
    }
}
