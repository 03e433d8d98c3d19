package dev.xinspect.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a request with OAuth 1.0a HMAC-SHA1 (RFC 5849 §3.4) and returns every intermediate step as an
 * {@link Oauth1Trace}. Stateless and thread-safe; the nonce and timestamp are arguments so a signature can be
 * reproduced, or come from the injected {@link Clock} and {@link NonceSource} in {@link #sign(Oauth1Request, Oauth1Credentials)}.
 */
public final class Oauth1Signer {
    public static final String SIGNATURE_METHOD = "HMAC-SHA1";
    public static final String VERSION = "1.0";

    // RFC 5849 §3.4.1.3.2: sort by encoded name, then by encoded value.
    private static final Comparator<String[]> BY_ENCODED_NAME_THEN_VALUE =
            Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]);

    private final Clock clock;
    private final NonceSource nonces;
    private final boolean sendsVersion;

    /** A signer for reproducible signatures only: {@link #sign(Oauth1Request, Oauth1Credentials)} needs a clock and nonces. */
    public Oauth1Signer() {
        this(null, null);
    }

    public Oauth1Signer(Clock clock, NonceSource nonces) {
        this(clock, nonces, true);
    }

    private Oauth1Signer(Clock clock, NonceSource nonces, boolean sendsVersion) {
        this.clock = clock;
        this.nonces = nonces;
        this.sendsVersion = sendsVersion;
    }

    /**
     * A signer that leaves out the optional {@code oauth_version=1.0} (RFC 5849 §3.1), as the RFC's own examples do.
     * X sends it in its examples, so the default signer includes it.
     */
    public Oauth1Signer withoutVersionParameter() {
        return new Oauth1Signer(clock, nonces, false);
    }

    /** Whether {@code oauth_version=1.0} is sent and signed. */
    public boolean sendsVersionParameter() {
        return sendsVersion;
    }

    /** Signs with a fresh nonce and the current time. */
    public Oauth1Trace sign(Oauth1Request request, Oauth1Credentials credentials) {
        if (clock == null || nonces == null) {
            throw new IllegalStateException("This signer was built without a clock and nonce source");
        }
        return sign(request, credentials, nonces.next(), clock.instant().getEpochSecond());
    }

    /** Signs with the given nonce and timestamp (seconds since the epoch). */
    public Oauth1Trace sign(Oauth1Request request, Oauth1Credentials credentials, String nonce, long timestampSeconds) {
        Objects.requireNonNull(nonce, "nonce");
        List<Param> protocol = protocolParameters(request, credentials, nonce, timestampSeconds);
        SignedUrl url = SignedUrl.parse(request.url());

        // RFC 5849 §3.4.1.3.1: query, then form body, then protocol parameters (oauth_signature excluded).
        List<Param> collected = new ArrayList<>(url.queryParameters());
        collected.addAll(request.formParameters());
        collected.addAll(protocol);

        String parameterString = parameterString(collected);
        String method = request.method().strip().toUpperCase(Locale.ROOT);
        // RFC 5849 §3.4.1.1
        String baseString = method + "&" + PercentEncoding.encode(url.baseUri()) + "&" + PercentEncoding.encode(parameterString);
        // RFC 5849 §3.4.2: an absent token secret still leaves the '&'.
        String signingKey = PercentEncoding.encode(credentials.consumerSecret()) + "&"
                + PercentEncoding.encode(credentials.tokenSecret() == null ? "" : credentials.tokenSecret());
        String signature = hmacSha1(signingKey, baseString);

        List<Param> headerParams = new ArrayList<>(protocol);
        headerParams.add(new Param("oauth_signature", signature));
        return new Oauth1Trace(collected, parameterString, baseString, signingKey, signature, authorizationHeader(headerParams));
    }

    /** The normalised parameter string of RFC 5849 §3.4.1.3.2 for decoded parameters. */
    public static String parameterString(List<Param> parameters) {
        return parameterString(parameters, PercentEncoding::encode);
    }

    /** As {@link #parameterString(List)} with another encoder: the verifier replays common mistakes with it. */
    static String parameterString(List<Param> parameters, UnaryOperator<String> encoder) {
        return parameters.stream()
                .map(p -> new String[] {encoder.apply(p.name()), encoder.apply(p.value())})
                .sorted(BY_ENCODED_NAME_THEN_VALUE)
                .map(p -> p[0] + "=" + p[1])
                .collect(Collectors.joining("&"));
    }

    private List<Param> protocolParameters(Oauth1Request request, Oauth1Credentials credentials, String nonce, long timestamp) {
        List<Param> protocol = new ArrayList<>();
        protocol.add(new Param("oauth_consumer_key", credentials.consumerKey()));
        protocol.add(new Param("oauth_nonce", nonce));
        protocol.add(new Param("oauth_signature_method", SIGNATURE_METHOD));
        protocol.add(new Param("oauth_timestamp", Long.toString(timestamp)));
        if (credentials.hasToken()) {
            protocol.add(new Param("oauth_token", credentials.token()));
        }
        if (sendsVersion) {
            protocol.add(new Param("oauth_version", VERSION));
        }
        for (Map.Entry<String, String> extra : request.extraOauthParameters().entrySet()) {
            String name = extra.getKey();
            if (!name.startsWith("oauth_")) {
                throw new IllegalArgumentException("Extra protocol parameter must start with oauth_: " + name);
            }
            if (protocol.stream().anyMatch(p -> p.name().equals(name)) || name.equals("oauth_signature")) {
                throw new IllegalArgumentException("The signer sets " + name + " itself; remove it from the extra parameters");
            }
            protocol.add(new Param(name, extra.getValue()));
        }
        return protocol;
    }

    // RFC 5849 §3.5.1: parameters sorted by name for a stable, readable header, values percent-encoded and quoted.
    private static String authorizationHeader(List<Param> protocol) {
        return "OAuth " + protocol.stream()
                .sorted(Comparator.comparing(Param::name))
                .map(p -> PercentEncoding.encode(p.name()) + "=\"" + PercentEncoding.encode(p.value()) + "\"")
                .collect(Collectors.joining(", "));
    }

    // RFC 5849 §3.4.2
    static String hmacSha1(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            // Every JRE ships HmacSHA1 (Java SE security spec), so this is a broken runtime, not bad input.
            throw new IllegalStateException("HmacSHA1 is not available in this Java runtime", e);
        }
    }
}
