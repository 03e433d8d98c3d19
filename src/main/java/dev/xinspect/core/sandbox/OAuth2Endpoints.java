package dev.xinspect.core.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.http.QueryString;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.sandbox.Route.Access;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * OAuth 2.0 as X runs it: app-only tokens from client credentials ({@code /oauth2/token}), the PKCE authorization
 * code flow ({@code /2/oauth2/authorize}, {@code /2/oauth2/token}) with refresh, and revocation.
 */
final class OAuth2Endpoints {
    private static final ObjectMapper MAPPER = JsonLimits.mapper();
    private static final Set<String> AUTHORIZE_PARAMS = Set.of("response_type", "client_id", "redirect_uri", "scope", "state",
            "code_challenge", "code_challenge_method", "approve");

    private final SandboxCredentials app;
    private final TokenIssuer tokens;
    private final PendingAuthorizations codes;
    private final boolean autoApprove;

    OAuth2Endpoints(SandboxCredentials app, TokenIssuer tokens, PendingAuthorizations codes, boolean autoApprove) {
        this.app = app;
        this.tokens = tokens;
        this.codes = codes;
        this.autoApprove = autoApprove;
    }

    List<Route> routes() {
        return List.of(
                new Route("POST", "/oauth2/token", Access.NONE, 0, Set.of("grant_type"), "App-only Bearer token", (r, c) -> appOnly(r)),
                new Route("POST", "/oauth2/invalidate_token", Access.NONE, 0, Set.of("access_token"), "Invalidate a Bearer token",
                        (r, c) -> invalidate(r)),
                new Route("GET", "/2/oauth2/authorize", Access.NONE, 0, AUTHORIZE_PARAMS, "Consent page", (r, c) -> authorize(r)),
                new Route("GET", "/i/oauth2/authorize", Access.NONE, 0, AUTHORIZE_PARAMS, "Consent page (x.com path)", (r, c) -> authorize(r)),
                new Route("POST", "/2/oauth2/token", Access.NONE, 0, Set.of(), "Exchange a code or refresh a token", (r, c) -> token(r)),
                new Route("POST", "/2/oauth2/revoke", Access.NONE, 0, Set.of(), "Revoke a token", (r, c) -> revoke(r)));
    }

    private Reply appOnly(SandboxRequest request) {
        if (!basicMatches(request, app.consumerKey(), app.consumerSecret())) {
            return Reply.json(403, "{\"errors\":[{\"code\":99,\"message\":\"Unable to verify your credentials\",\"label\":\"authenticity_token_error\"}]}");
        }
        String grant = request.formField("grant_type").or(() -> request.param("grant_type")).orElse("");
        if (!grant.equals("client_credentials")) {
            return Reply.json(400, "{\"errors\":[{\"code\":170,\"message\":\"Missing required parameter: grant_type\",\"label\":\"forbidden_missing_parameter\"}]}");
        }
        return Reply.json(200, MAPPER.createObjectNode().put("token_type", "bearer").put("access_token", tokens.appOnlyToken()).toString());
    }

    private Reply invalidate(SandboxRequest request) {
        String token = request.formField("access_token").or(() -> request.param("access_token")).orElse("");
        tokens.revoke(token);
        return Reply.json(200, MAPPER.createObjectNode().put("access_token", token).toString());
    }

    private Reply authorize(SandboxRequest request) {
        String clientId = request.param("client_id").orElse("");
        String redirect = request.param("redirect_uri").orElse("");
        if (!clientId.equals(app.clientId()) || !redirect.equals(app.redirectUri())) {
            return Reply.of(400, "text/html; charset=utf-8", page("Something went wrong",
                    "The client_id or the redirect_uri does not match the App's settings. X matches the callback URL exactly."));
        }
        String state = request.param("state").orElse("");
        boolean approved = autoApprove || request.param("approve").map("yes"::equals).orElse(false);
        boolean denied = request.param("approve").map("no"::equals).orElse(false);
        if (denied) {
            return redirect(redirect + "?error=access_denied&state=" + QueryString.encode(state));
        }
        if (!approved) {
            String query = request.exchange.getRequestURI().getRawQuery();
            return Reply.of(200, "text/html; charset=utf-8", page("Authorize xinspect sandbox App?",
                    "The sandbox App asks for: " + escape(request.param("scope").orElse("")) + "</p><p>"
                            + "<a href=\"?" + escape(query) + "&amp;approve=yes\">Authorize app</a> &nbsp; "
                            + "<a href=\"?" + escape(query) + "&amp;approve=no\">Cancel</a>"));
        }
        String code = codes.issue(clientId, redirect, request.param("scope").orElse(""), request.param("code_challenge").orElse(""),
                request.param("code_challenge_method").orElse("plain"));
        return redirect(redirect + "?state=" + QueryString.encode(state) + "&code=" + code);
    }

    private Reply token(SandboxRequest request) {
        String grant = request.formField("grant_type").orElse("");
        boolean basic = request.header("Authorization").map(h -> h.regionMatches(true, 0, "Basic ", 0, 6)).orElse(false);
        if (!basic) {
            // The demo client is confidential: X insists on Basic auth and says so in these words.
            return Problems.oauthError(401, "unauthorized_client", "Missing valid authorization header");
        }
        if (!basicMatches(request, app.clientId(), app.clientSecret())) {
            return Problems.oauthError(401, "unauthorized_client", "Invalid client credentials");
        }
        if (grant.equals("authorization_code")) {
            return exchangeCode(request);
        }
        if (grant.equals("refresh_token")) {
            return tokens.redeemRefreshToken(request.formField("refresh_token").orElse(""))
                    .map(this::tokenReply)
                    .orElseGet(() -> Problems.oauthError(400, "invalid_request", "Value passed for the token was invalid."));
        }
        return Problems.oauthError(400, "invalid_request", "Missing required parameter [grant_type].");
    }

    private Reply exchangeCode(SandboxRequest request) {
        PendingAuthorizations.Pending pending = codes.redeem(request.formField("code").orElse(null)).orElse(null);
        if (pending == null) {
            return Problems.oauthError(400, "invalid_request", "Value passed for the authorization code was invalid.");
        }
        if (!pending.redirectUri().equals(request.formField("redirect_uri").orElse(""))) {
            return Problems.oauthError(400, "invalid_request", "Value passed for the redirect uri did not match the uri of the authorization code.");
        }
        if (!pending.verifies(request.formField("code_verifier").orElse(null))) {
            return Problems.oauthError(400, "invalid_request", "Value passed for the code verifier did not match the code challenge.");
        }
        return tokenReply(new TokenIssuer.Grant(app.userId(), pending.clientId(), pending.scope()));
    }

    private Reply tokenReply(TokenIssuer.Grant grant) {
        ObjectNode body = MAPPER.createObjectNode().put("token_type", "bearer")
                .put("expires_in", TokenIssuer.ACCESS_TOKEN_LIFETIME.toSeconds())
                .put("access_token", tokens.accessToken(grant)).put("scope", grant.scope());
        if (List.of(grant.scope().split(" ")).contains("offline.access")) {
            body.put("refresh_token", tokens.refreshToken(grant));
        }
        return Reply.json(200, body.toString());
    }

    private Reply revoke(SandboxRequest request) {
        tokens.revoke(request.formField("token").orElse(""));
        return Reply.json(200, "{\"revoked\":true}");
    }

    /** Basic credentials are the URL-encoded id and secret joined by a colon, then base64 (RFC 6749 §2.3.1). */
    private static boolean basicMatches(SandboxRequest request, String id, String secret) {
        String header = request.header("Authorization").orElse("");
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 && URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8).equals(id)
                    && URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8).equals(secret);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Reply redirect(String location) {
        return Reply.of(302, "text/html; charset=utf-8", "").with("location", location);
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body style=\"font-family:sans-serif;max-width:36em;margin:4em auto\">"
                + "<h1>" + title + "</h1><p>" + body + "</p><p><small>xinspect sandbox</small></p></body></html>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
