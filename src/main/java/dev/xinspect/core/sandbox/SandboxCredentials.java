package dev.xinspect.core.sandbox;

/**
 * The demo App and user of the sandbox. Fixed, published values: they open nothing but the sandbox on this machine,
 * so workshops and tests can type them. {@code readOnly*} is a second user token issued while the App was read-only.
 */
public record SandboxCredentials(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret,
                                 String readOnlyAccessToken, String readOnlyAccessTokenSecret, String bearerToken,
                                 String clientId, String clientSecret, String redirectUri, String userId) {

    public static final SandboxCredentials DEMO = new SandboxCredentials(
            "sandboxConsumerKey00000000", "sandboxConsumerSecret000000000000000000000000000",
            "1569110312108396544-sandboxAccessToken0000000000000", "sandboxAccessTokenSecret00000000000000000000",
            "1569110312108396544-sandboxReadOnlyToken00000000000", "sandboxReadOnlyTokenSecret000000000000000000",
            "AAAAAAAAAAAAAAAAAAAAAXinspectSandboxAppOnlyBearer0000000000000000000000000000",
            "c2FuZGJveENsaWVudElkOjE6Y2k", "sandboxClientSecret0000000000000000000000000000000",
            "http://localhost:8080/callback", "1569110312108396544");

    /** The same App with another registered OAuth 2.0 callback URL. */
    public SandboxCredentials withRedirectUri(String uri) {
        return new SandboxCredentials(consumerKey, consumerSecret, accessToken, accessTokenSecret, readOnlyAccessToken,
                readOnlyAccessTokenSecret, bearerToken, clientId, clientSecret, uri, userId);
    }
}
