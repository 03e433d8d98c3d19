package dev.xinspect.core.sandbox;

import dev.xinspect.core.auth.Pkce;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorization codes of the PKCE flow: each remembers its client, exact redirect URI, scopes and challenge, is good
 * for 30 seconds (X's limit) and can be exchanged once.
 */
final class PendingAuthorizations {
    static final Duration CODE_LIFETIME = Duration.ofSeconds(30);

    record Pending(String clientId, String redirectUri, String scope, String challenge, String method, Instant issuedAt) {
        boolean verifies(String verifier) {
            if (verifier == null || verifier.isEmpty()) {
                return false;
            }
            return method.equalsIgnoreCase("plain") ? challenge.equals(verifier) : challenge.equals(Pkce.challengeS256(verifier));
        }
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();

    PendingAuthorizations(Clock clock) {
        this.clock = clock;
    }

    String issue(String clientId, String redirectUri, String scope, String challenge, String method) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        codes.put(code, new Pending(clientId, redirectUri, scope, challenge, method, clock.instant()));
        return code;
    }

    /** The code's grant, once; empty when unknown, used or older than 30 seconds. */
    Optional<Pending> redeem(String code) {
        Pending pending = code == null ? null : codes.remove(code);
        if (pending == null || clock.instant().isAfter(pending.issuedAt().plus(CODE_LIFETIME))) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }
}
