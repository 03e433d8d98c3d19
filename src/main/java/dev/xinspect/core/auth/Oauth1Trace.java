package dev.xinspect.core.auth;

import java.util.List;

/**
 * Every step of one OAuth 1.0a HMAC-SHA1 signature (RFC 5849 §3.4), in order, so a screen can show them one under
 * another: the parameters collected from query, form body and protocol (before sorting), the normalised parameter
 * string, the signature base string, the signing key, the signature and the {@code Authorization} header value.
 * {@link #toString()} shows none of the secret values; use {@link #maskedSigningKey()} on screen.
 */
public record Oauth1Trace(List<Param> collectedParameters, String parameterString, String baseString, String signingKey,
                          String signature, String authorizationHeader) {
    public Oauth1Trace {
        collectedParameters = List.copyOf(collectedParameters);
    }

    /**
     * The signing key with both halves hidden but its shape kept: {@code <consumer secret, 50 chars>&<token secret, 45 chars>}
     * (the token half is empty when no user token is in play).
     */
    public String maskedSigningKey() {
        int amp = signingKey.indexOf('&');
        String consumer = amp < 0 ? signingKey : signingKey.substring(0, amp);
        String token = amp < 0 ? "" : signingKey.substring(amp + 1);
        return "<consumer secret, " + consumer.length() + " chars>&"
                + (token.isEmpty() ? "" : "<token secret, " + token.length() + " chars>");
    }

    @Override
    public String toString() {
        return "Oauth1Trace[collectedParameters=" + collectedParameters.size() + " parameters, parameterString="
                + parameterString.length() + " chars, baseString=" + baseString.length() + " chars, signingKey="
                + maskedSigningKey() + ", signature=" + SecretMask.mask(signature) + ", authorizationHeader="
                + SecretMask.mask(authorizationHeader) + "]";
    }
}
