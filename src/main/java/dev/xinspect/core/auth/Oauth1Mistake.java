package dev.xinspect.core.auth;

/** The classic ways an OAuth 1.0a signature goes wrong, each explained in a sentence for the verifier's lint. */
public enum Oauth1Mistake {
    PLUS_FOR_SPACE("Spaces were encoded as '+' (HTML form encoding) instead of %20: OAuth 1.0a needs RFC 3986 encoding"),
    DOUBLE_ENCODING("Values were percent-encoded twice (%2520 instead of %20): encode the decoded value once"),
    QUERY_LEFT_OUT("The query string parameters were left out of the base string: they must be signed"),
    FORM_LEFT_OUT("The form body parameters were left out of the base string: an application/x-www-form-urlencoded body is signed"),
    QUERY_IN_BASE_URI("The query string was left in the base URL: the base URL ends at the path, the query goes into the parameters"),
    TOKEN_SECRET_LEFT_OUT("The signing key lacked the access token secret: it is consumer_secret&token_secret"),
    TIMESTAMP_SKEW("The timestamp is far from the current time: X refuses requests whose timestamp is more than a few minutes off"),
    REUSED_NONCE("The nonce was used before with the same timestamp: X refuses a replayed nonce, so a retry must be signed again"),
    UNSUPPORTED_METHOD("The signature method is not HMAC-SHA1, the only one X accepts");

    private final String explanation;

    Oauth1Mistake(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
