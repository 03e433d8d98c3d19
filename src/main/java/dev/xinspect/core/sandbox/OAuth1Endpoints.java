package dev.xinspect.core.sandbox;

import dev.xinspect.core.http.QueryString;
import dev.xinspect.core.sandbox.Route.Access;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/** OAuth 1.0a's three legs: request token, authorize (PIN for {@code oob}, or a redirect), access token. */
final class OAuth1Endpoints {
    private final SandboxCredentials app;
    private final Oauth1Tokens tokens;
    private final Oauth1Check check;
    private final Clock clock;
    private final boolean autoApprove;
    private final SecureRandom random = new SecureRandom();

    OAuth1Endpoints(SandboxCredentials app, Oauth1Tokens tokens, Oauth1Check check, Clock clock, boolean autoApprove) {
        this.app = app;
        this.tokens = tokens;
        this.check = check;
        this.clock = clock;
        this.autoApprove = autoApprove;
    }

    List<Route> routes() {
        return List.of(
                new Route("POST", "/oauth/request_token", Access.NONE, 0, Set.of("oauth_callback", "x_auth_access_type"),
                        "OAuth 1.0a request token", (r, c) -> requestToken(r)),
                new Route("GET", "/oauth/authorize", Access.NONE, 0, Set.of("oauth_token", "approve", "force_login"),
                        "OAuth 1.0a consent page", (r, c) -> authorize(r)),
                new Route("POST", "/oauth/access_token", Access.NONE, 0, Set.of("oauth_verifier", "oauth_token"),
                        "OAuth 1.0a access token", (r, c) -> accessToken(r)));
    }

    private Reply requestToken(SandboxRequest request) throws Rejection {
        Oauth1Check.Verified verified = check.verify(request, request.header("Authorization").orElse(""), clock.instant(), false);
        String callback = verified.parameters().getOrDefault("oauth_callback", "");
        if (callback.isEmpty()) {
            return Problems.v1Error(400, 417, "Desktop applications only support the oauth_callback value 'oob'");
        }
        String token = randomText(24);
        String secret = randomText(30);
        tokens.putRequest(token, new Oauth1Tokens.RequestToken(secret, callback, randomDigits()));
        return form("oauth_token=" + token + "&oauth_token_secret=" + secret + "&oauth_callback_confirmed=true");
    }

    private Reply authorize(SandboxRequest request) {
        String token = request.param("oauth_token").orElse("");
        Oauth1Tokens.RequestToken pending = tokens.request(token).orElse(null);
        if (pending == null) {
            return Reply.of(400, "text/html; charset=utf-8", OAuth2Endpoints.page("Something went wrong",
                    "This page is no longer valid. The request token is unknown or was already used."));
        }
        boolean approved = autoApprove || request.param("approve").map("yes"::equals).orElse(false);
        if (!approved) {
            return Reply.of(200, "text/html; charset=utf-8", OAuth2Endpoints.page("Authorize xinspect sandbox App?",
                    "<a href=\"?oauth_token=" + OAuth2Endpoints.escape(token) + "&amp;approve=yes\">Authorize app</a>"));
        }
        if (pending.callback().equals("oob")) {
            return Reply.of(200, "text/html; charset=utf-8", OAuth2Endpoints.page("Your PIN",
                    "Enter this PIN in the app: <code id=\"pin\">" + pending.verifier() + "</code>"));
        }
        return OAuth2Endpoints.redirect(pending.callback() + (pending.callback().contains("?") ? "&" : "?")
                + "oauth_token=" + QueryString.encode(token) + "&oauth_verifier=" + pending.verifier());
    }

    private Reply accessToken(SandboxRequest request) throws Rejection {
        Oauth1Check.Verified verified = check.verify(request, request.header("Authorization").orElse(""), clock.instant(), true);
        String verifier = verified.parameters().getOrDefault("oauth_verifier",
                request.formField("oauth_verifier").or(() -> request.param("oauth_verifier")).orElse(""));
        Oauth1Tokens.RequestToken pending = tokens.request(verified.token()).orElse(null);
        if (pending == null || !pending.verifier().equals(verifier)) {
            return Problems.v1Error(401, 89, "Invalid or expired token.");
        }
        tokens.removeRequest(verified.token());
        String token = app.userId() + "-" + randomText(30);
        String secret = randomText(33);
        tokens.addAccess(token, new Oauth1Tokens.AccessToken(secret, app.userId(), true));
        return form("oauth_token=" + token + "&oauth_token_secret=" + secret + "&user_id=" + app.userId()
                + "&screen_name=xinspect_student");
    }

    private static Reply form(String body) {
        return Reply.of(200, "text/html; charset=utf-8", body);
    }

    private String randomText(int bytes) {
        byte[] data = new byte[bytes];
        random.nextBytes(data);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(data).replace('-', 'a').replace('_', 'b');
    }

    private String randomDigits() {
        return String.format("%07d", random.nextInt(10_000_000));
    }
}
