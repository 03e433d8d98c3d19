package dev.xinspect.core.auth.oauth2;

import dev.xinspect.core.auth.FormPost;
import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.auth.Param;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Talks to X's OAuth 2.0 token endpoints: exchanges an authorization code (RFC 6749 §4.1.3 with RFC 7636 §4.5),
 * refreshes (§6) and revokes (RFC 7009). Confidential clients authenticate with Basic auth, public clients send
 * {@code client_id} in the body. Blocking: call it off the UI thread. Failures are {@link dev.xinspect.core.auth.OAuthException}s.
 */
public final class OAuth2TokenClient {
    private final FormPost post;
    private final OAuthEndpoints endpoints;
    private final TokenReplyReader reader;

    public OAuth2TokenClient(HttpClient http, OAuthEndpoints endpoints, Clock clock) {
        this(new FormPost(http), endpoints, clock);
    }

    /** @param post the form sender, which may observe every call (see {@link FormPost}) */
    public OAuth2TokenClient(FormPost post, OAuthEndpoints endpoints, Clock clock) {
        this.post = post;
        this.endpoints = endpoints;
        this.reader = new TokenReplyReader(clock);
    }

    /** Trades the code the redirect brought for tokens; {@code redirectUri} must equal the one in the authorize URL. */
    public OAuth2Token exchangeCode(OAuth2Client client, String code, String redirectUri, String codeVerifier) {
        List<Param> form = new ArrayList<>(List.of(new Param("grant_type", "authorization_code"), new Param("code", code),
                new Param("redirect_uri", redirectUri), new Param("code_verifier", codeVerifier)));
        return reader.token(send(client, endpoints.oauth2Token(), form), client.authentication());
    }

    /** Gets a new access token (and, at X, a new refresh token: the old one stops working). */
    public OAuth2Token refresh(OAuth2Client client, String refreshToken) {
        List<Param> form = new ArrayList<>(List.of(new Param("grant_type", "refresh_token"),
                new Param("refresh_token", refreshToken)));
        return reader.token(send(client, endpoints.oauth2Token(), form), client.authentication(), true);
    }

    /** Revokes an access or refresh token. */
    public void revoke(OAuth2Client client, String token, TokenKind kind) {
        List<Param> form = new ArrayList<>(List.of(new Param("token", token), new Param("token_type_hint", kind.hint())));
        reader.requireSuccess(send(client, endpoints.oauth2Revoke(), form), client.authentication());
    }

    private FormPost.Reply send(OAuth2Client client, java.net.URI endpoint, List<Param> form) {
        if (client.authentication() == ClientAuthentication.CLIENT_ID_IN_BODY) {
            form.add(new Param("client_id", client.clientId()));
        }
        return post.post(endpoint, form, client.basicAuthorization());
    }

    /** Which token {@link #revoke} is given (RFC 7009 §2.1 {@code token_type_hint}). */
    public enum TokenKind {
        ACCESS_TOKEN("access_token"), REFRESH_TOKEN("refresh_token");

        private final String hint;

        TokenKind(String hint) {
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }
}
