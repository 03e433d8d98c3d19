package dev.xinspect.core.sandbox;

import com.auth0.jwt.interfaces.DecodedJWT;
import dev.xinspect.core.http.AuthMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Works out who is calling from the {@code Authorization} header, or rejects the request as X would. */
final class Authenticator {
    private final TokenIssuer tokens;
    private final Oauth1Tokens oauth1Tokens;
    private final Oauth1Check oauth1;

    Authenticator(TokenIssuer tokens, Oauth1Tokens oauth1Tokens, Oauth1Check oauth1) {
        this.tokens = tokens;
        this.oauth1Tokens = oauth1Tokens;
        this.oauth1 = oauth1;
    }

    Caller authenticate(SandboxRequest request, String scenario, Instant serverNow) throws Rejection {
        String header = request.header("Authorization").orElse("").trim();
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith("bearer ")) {
            return bearer(header.substring(7).trim(), scenario);
        }
        if (lower.startsWith("oauth ")) {
            if (scenario.equals("revoked-token")) {
                throw Oauth1Check.unauthorized();
            }
            Oauth1Check.Verified verified = oauth1.verify(request, header, serverNow, true);
            Oauth1Tokens.AccessToken token = oauth1Tokens.access(verified.token()).orElseThrow(Oauth1Check::unauthorized);
            return new Caller(AuthMode.OAUTH1_USER, token.userId(), Set.of("tweet.read", "tweet.write", "users.read"),
                    token.canWrite() && !scenario.equals("read-only-app"));
        }
        throw new Rejection(Problems.authLayer(401, "Unauthorized"));
    }

    private Caller bearer(String token, String scenario) throws Rejection {
        if (tokens.isAppOnlyToken(token)) {
            return new Caller(AuthMode.OAUTH2_APP_ONLY, null, Set.of(), false);
        }
        if (scenario.equals("revoked-token")) {
            throw new Rejection(Problems.authLayer(401, "Unauthorized"));
        }
        DecodedJWT jwt = tokens.verifyUserToken(token).orElseThrow(() -> new Rejection(Problems.authLayer(401, "Unauthorized")));
        Set<String> scopes = Arrays.stream(jwt.getClaim("scope").asString().split(" ")).collect(Collectors.toSet());
        return new Caller(AuthMode.OAUTH2_USER, jwt.getSubject(), scopes,
                scopes.contains("tweet.write") && !scenario.equals("read-only-app"));
    }
}
