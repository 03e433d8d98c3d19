package dev.xinspect.core.auth.oauth2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.auth.FormPost;
import dev.xinspect.core.auth.OAuthErrorBody;
import dev.xinspect.core.auth.OAuthException;
import dev.xinspect.core.http.EpochSeconds;
import dev.xinspect.core.json.JsonLimits;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Reads token endpoint replies: a success into an {@link OAuth2Token}, an error body (RFC 6749 §5.2
 * {@code {"error","error_description"}}, or X's v1.1 {@code {"errors":[{"code","message"}]}}) into an
 * {@link OAuthException} with a hint for the classic mistakes.
 */
final class TokenReplyReader {
    private static final ObjectMapper JSON = JsonLimits.mapper();

    private final Clock clock;

    TokenReplyReader(Clock clock) {
        this.clock = clock;
    }

    OAuth2Token token(FormPost.Reply reply, ClientAuthentication used) {
        return token(reply, used, false);
    }

    /** As {@link #token(FormPost.Reply, ClientAuthentication)}; {@code refreshing} makes a refused grant say "sign in again". */
    OAuth2Token token(FormPost.Reply reply, ClientAuthentication used, boolean refreshing) {
        JsonNode body;
        try {
            body = successBody(reply, used);
        } catch (OAuthException e) {
            if (refreshing && e.hint() == null && e.error() != null && e.error().startsWith("invalid_")) {
                throw new OAuthException(e.error(), e.errorDescription(), e.httpStatus(),
                        "The refresh token was used already, revoked or expired: sign in again");
            }
            throw e;
        }
        String accessToken = text(body, "access_token");
        if (accessToken == null) {
            throw new OAuthException(null, "The token endpoint answered without an access_token", reply.status(), null);
        }
        // A lifetime that ends past the year 9999 (or is not a number) is taken as "no lifetime given".
        Instant expiresAt = body.path("expires_in").canConvertToLong()
                ? EpochSeconds.after(clock.instant(), body.get("expires_in").asLong()).orElse(null) : null;
        String scope = text(body, "scope");
        List<String> scopes = scope == null || scope.isBlank() ? List.of() : Arrays.asList(scope.trim().split("\\s+"));
        return new OAuth2Token(text(body, "token_type"), accessToken, text(body, "refresh_token"), scopes, expiresAt);
    }

    /** Checks a reply whose body does not matter (revoke, invalidate); throws the server's error otherwise. */
    void requireSuccess(FormPost.Reply reply, ClientAuthentication used) {
        successBody(reply, used);
    }

    private JsonNode successBody(FormPost.Reply reply, ClientAuthentication used) {
        if (!reply.isSuccess()) {
            throw error(reply, used);
        }
        JsonNode body = parse(reply);
        if (body.has("error") || body.has("errors")) {
            throw error(reply, used);
        }
        return body;
    }

    private static JsonNode parse(FormPost.Reply reply) {
        try {
            JsonNode node = reply.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(reply.body());
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            // fall through: a non-JSON body is reported below without quoting it
        }
        throw new OAuthException(null, "The token endpoint answered with something that is not a JSON object",
                reply.status(), null);
    }

    static OAuthException error(FormPost.Reply reply, ClientAuthentication used) {
        OAuthErrorBody body = OAuthErrorBody.read(reply.body());
        return body.toException(reply.status(), hint(body.error(), body.description(), used));
    }

    private static String hint(String error, String description, ClientAuthentication used) {
        if ("unauthorized_client".equals(error) && description != null && description.contains("authorization header")
                && used == ClientAuthentication.CLIENT_ID_IN_BODY) {
            return "The app is registered as a confidential client: add its client secret so Basic auth is sent";
        }
        if ("unauthorized_client".equals(error) && used == ClientAuthentication.BASIC_HEADER) {
            return "Check the client ID and secret, and that the app's type (confidential or public) matches";
        }
        if ("invalid_request".equals(error) && description != null && description.contains("code_verifier")) {
            return "The code_verifier must be the one whose challenge was sent in the authorize URL";
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
