package dev.xinspect.core.auth.oauth2;

import dev.xinspect.core.auth.SecretMask;

/**
 * One prepared Authorization Code + PKCE sign-in: the client, the authorize URL with its state and challenge, and
 * the code verifier that stays on this machine until the token exchange. {@link #toString()} hides the verifier.
 */
public record PkceAttempt(OAuth2Client client, AuthorizeUrl authorizeUrl, String codeVerifier) {
    public String redirectUri() {
        return authorizeUrl.redirectUri();
    }

    public String state() {
        return authorizeUrl.state();
    }

    /** The same attempt with the callback URL the listener actually got (when port 0 was asked for). */
    public PkceAttempt withRedirectUri(String actualRedirectUri) {
        AuthorizeUrl u = authorizeUrl;
        return new PkceAttempt(client, new AuthorizeUrl(u.endpoint(), u.clientId(), actualRedirectUri, u.scopes(), u.state(),
                u.codeChallenge(), u.challengeMethod()), codeVerifier);
    }

    @Override
    public String toString() {
        return "PkceAttempt[client=" + client + ", authorizeUrl=" + authorizeUrl.toUri() + ", codeVerifier="
                + SecretMask.mask(codeVerifier) + "]";
    }
}
