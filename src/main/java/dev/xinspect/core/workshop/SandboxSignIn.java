package dev.xinspect.core.workshop;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.auth.PercentEncoding;
import dev.xinspect.core.auth.Pkce;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.sandbox.SandboxCredentials;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * Signs the sandbox's demo user in with OAuth 2.0 and PKCE, as a student does in the window, so a rehearsal can send
 * a step's {@code oauth2-user} request. Approves on the consent page as the student's click does; {@code sender} must not follow
 * redirects (the callback URL points at no listener).
 */
public final class SandboxSignIn {
    private static final ObjectMapper JSON = JsonLimits.mapper();
    private static final String SCOPES = "tweet.read tweet.write users.read offline.access";

    private SandboxSignIn() {
    }

    static String userToken(URI base, SandboxCredentials app, HttpSender sender, RandomGenerator random) throws IOException {
        return userToken(base, app, sender, random, SCOPES);
    }

    /** @param scopes space-separated, as the authorize URL's {@code scope} carries them (tests ask with and without media.write) */
    public static String userToken(URI base, SandboxCredentials app, HttpSender sender, RandomGenerator random, String scopes)
            throws IOException {
        String verifier = Pkce.newVerifier(random);
        String authorize = base + "/2/oauth2/authorize?response_type=code&client_id=" + PercentEncoding.encode(app.clientId())
                + "&redirect_uri=" + PercentEncoding.encode(app.redirectUri()) + "&scope=" + PercentEncoding.encode(scopes)
                + "&state=workshop&code_challenge=" + Pkce.challenge(verifier, Pkce.Method.S256) + "&code_challenge_method=S256&approve=yes";
        Exchange consent = sender.send(SentRequest.of("GET", authorize, Headers.EMPTY));
        String code = consent.receivedResponse().flatMap(r -> r.headers().first("location"))
                .flatMap(location -> QueryString.parse(location).stream().filter(p -> p.name().equals("code"))
                        .map(QueryParam::value).findFirst())
                .orElseThrow(() -> new IOException("The sandbox's consent page gave no authorization code."));
        String basic = Base64.getEncoder().encodeToString((PercentEncoding.encode(app.clientId()) + ":"
                + PercentEncoding.encode(app.clientSecret())).getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=authorization_code&code=" + PercentEncoding.encode(code) + "&redirect_uri="
                + PercentEncoding.encode(app.redirectUri()) + "&code_verifier=" + verifier;
        Exchange token = sender.send(new SentRequest("POST", base + "/2/oauth2/token", Headers.of("Authorization", "Basic " + basic,
                "Content-Type", "application/x-www-form-urlencoded"), Body.ofText(form)));
        byte[] answer = token.receivedResponse().filter(r -> r.status() == 200).map(r -> r.body().bytes()).orElse(new byte[0]);
        String accessToken = answer.length == 0 ? "" : JSON.readTree(answer).path("access_token").asText("");
        if (accessToken.isEmpty()) {
            throw new IOException("The sandbox did not exchange the authorization code for a user token.");
        }
        return accessToken;
    }
}
