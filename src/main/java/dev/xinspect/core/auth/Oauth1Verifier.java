package dev.xinspect.core.auth;

import dev.xinspect.core.http.EpochSeconds;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a request's {@code Authorization: OAuth} header against the secrets: recomputes the signature with the
 * header's own nonce, timestamp and parameters, reports the first step that differs and, when the signature does
 * not match, replays the classic mistakes to name the one that was made. Stateless apart from the injected clock and
 * the optional {@link NonceLedger} that remembers nonces across checks.
 */
public final class Oauth1Verifier {
    /** X's tolerance for clock skew is not published; five minutes is the usual window for OAuth 1.0a servers. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final Set<String> SIGNER_SETS = Set.of("oauth_consumer_key", "oauth_nonce", "oauth_signature",
            "oauth_signature_method", "oauth_timestamp", "oauth_token", "oauth_version", "realm");

    private final Clock clock;
    private final NonceLedger nonces;

    /** A verifier that checks each header on its own (no memory of nonces). */
    public Oauth1Verifier(Clock clock) {
        this(clock, null);
    }

    /** @param nonces the nonces of headers checked before, to name a reused one; null to check each header on its own */
    public Oauth1Verifier(Clock clock, NonceLedger nonces) {
        this.clock = clock;
        this.nonces = nonces;
    }

    /**
     * @param request             method, URL and form parameters as sent; its extra parameters are ignored (the header's are used)
     * @param authorizationHeader the {@code Authorization} header value as sent
     * @param claimedBaseString   the base string the client logged, or null; when given, the first differing part is named
     */
    public Oauth1Verification verify(Oauth1Request request, String authorizationHeader, String consumerSecret,
                                     String tokenSecret, String claimedBaseString) {
        List<Oauth1Verification.Check> checks = new ArrayList<>();
        Map<String, String> header;
        try {
            header = Oauth1Header.parse(authorizationHeader);
        } catch (MalformedOauthHeaderException e) {
            checks.add(new Oauth1Verification.Check("Authorization header", false, e.getMessage()));
            return new Oauth1Verification(Map.of(), null, checks, List.of());
        }
        List<String> missing = List.of("oauth_consumer_key", "oauth_nonce", "oauth_signature", "oauth_signature_method",
                "oauth_timestamp").stream().filter(name -> !header.containsKey(name)).toList();
        checks.add(new Oauth1Verification.Check("Authorization header", missing.isEmpty(),
                missing.isEmpty() ? "All required oauth_* parameters are present" : "Missing " + String.join(", ", missing)));
        if (!missing.isEmpty()) {
            return new Oauth1Verification(header, null, checks, List.of());
        }
        List<Oauth1Mistake> mistakes = new ArrayList<>();
        boolean hmac = Oauth1Signer.SIGNATURE_METHOD.equals(header.get("oauth_signature_method"));
        checks.add(new Oauth1Verification.Check("Signature method", hmac, hmac ? "HMAC-SHA1"
                : "The header says " + header.get("oauth_signature_method") + "; X accepts HMAC-SHA1 only"));
        if (!hmac) {
            mistakes.add(Oauth1Mistake.UNSUPPORTED_METHOD);
        }
        Optional<Long> parsed = EpochSeconds.parse(header.get("oauth_timestamp"));
        if (parsed.isEmpty()) {
            checks.add(new Oauth1Verification.Check("Timestamp", false,
                    "oauth_timestamp is not a whole number of seconds between 1970 and 9999"));
            return new Oauth1Verification(header, null, checks, mistakes);
        }
        long timestamp = parsed.get();
        Duration skew = Duration.ofSeconds(Math.abs(clock.instant().getEpochSecond() - timestamp));
        boolean fresh = skew.compareTo(MAX_SKEW) <= 0;
        checks.add(new Oauth1Verification.Check("Timestamp", fresh, fresh ? "Within " + MAX_SKEW.toMinutes() + " minutes of now"
                : "Off by " + describe(skew) + " from this machine's clock"));
        if (!fresh) {
            mistakes.add(Oauth1Mistake.TIMESTAMP_SKEW);
        }
        if (nonces != null && nonces.reused(header.get("oauth_consumer_key"), header.get("oauth_nonce"), timestamp)) {
            checks.add(new Oauth1Verification.Check("Nonce", false, "This oauth_nonce was already used with this timestamp "
                    + "in a header checked before: sign every request (and every retry) afresh"));
            mistakes.add(Oauth1Mistake.REUSED_NONCE);
        }

        Oauth1Credentials credentials = new Oauth1Credentials(header.get("oauth_consumer_key"), consumerSecret,
                header.get("oauth_token"), tokenSecret);
        Oauth1Signer signer = header.containsKey("oauth_version") ? new Oauth1Signer() : new Oauth1Signer().withoutVersionParameter();
        Oauth1Request replay = new Oauth1Request(request.method(), request.url(), request.formParameters(), extras(header));
        Oauth1Trace ours = signer.sign(replay, credentials, header.get("oauth_nonce"), timestamp);

        if (claimedBaseString != null && !claimedBaseString.isBlank()) {
            checks.add(BaseStringComparison.compare(ours.baseString(), claimedBaseString.strip()));
        }
        String theirs = header.get("oauth_signature");
        boolean matches = java.security.MessageDigest.isEqual(ours.signature().getBytes(), theirs.getBytes());
        checks.add(new Oauth1Verification.Check("Signature", matches, matches ? "The signature matches"
                : "The signature differs from the one computed with these secrets"));
        if (!matches) {
            mistakes.addAll(new MistakeReplay(replay, credentials, header, signer.sendsVersionParameter()).explaining(theirs));
        }
        return new Oauth1Verification(header, ours, checks, mistakes);
    }

    private static Map<String, String> extras(Map<String, String> header) {
        Map<String, String> extras = new LinkedHashMap<>();
        header.forEach((name, value) -> {
            if (!SIGNER_SETS.contains(name)) {
                extras.put(name, value);
            }
        });
        return extras;
    }

    private static String describe(Duration d) {
        return d.toHours() >= 1 ? d.toHours() + " h " + d.toMinutesPart() + " min" : d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
}
