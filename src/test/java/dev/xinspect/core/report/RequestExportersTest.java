package dev.xinspect.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import org.junit.jupiter.api.Test;

/** HTTPie and xurl commands for the requests people send most: a JSON write with a Bearer token, a signed read. */
class RequestExportersTest {
    private static final Redactor REDACTOR = Redactor.withoutKnownSecrets();
    private static final String BEARER = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F";

    private static SentRequest createPost() {
        return new SentRequest("POST", "https://api.x.com/2/tweets",
                Headers.of("Authorization", "Bearer " + BEARER, "Content-Type", "application/json", "Content-Length", "15"),
                Body.ofText("{\"text\":\"hi\"}"));
    }

    @Test
    void httpieUsesDataItemsForAFlatJsonObject() {
        assertEquals("""
                http POST 'https://api.x.com/2/tweets' \\
                  Authorization:"Bearer $BEARER_TOKEN" \\
                  'text=hi'""", new HttpieExporter(REDACTOR).export(createPost()));
    }

    @Test
    void httpieSendsOtherBodiesRawAndEscapesSeparators() {
        SentRequest nested = new SentRequest("POST", "https://api.x.com/2/tweets", Headers.of("Content-Type", "application/json",
                "X-Note", "=starts with equals", "X-Empty", ""), Body.ofText("{\"text\":\"it's\",\"reply\":{\"in_reply_to_tweet_id\":\"1\"}}"));
        SentRequest typed = new SentRequest("POST", "https://api.x.com/2/dm_conversations", Headers.EMPTY,
                Body.ofText("{\"text\":\"@me\",\"participant_ids\":[\"1\",\"2\"],\"media\":null}"));

        assertEquals("""
                http POST 'https://api.x.com/2/tweets' \\
                  'X-Note:\\=starts with equals' \\
                  'X-Empty;' \\
                  'text=it'\\''s' \\
                  'reply:={"in_reply_to_tweet_id":"1"}'""", new HttpieExporter(REDACTOR).export(nested));
        assertEquals("""
                http POST 'https://api.x.com/2/dm_conversations' \\
                  'text=\\@me' \\
                  'participant_ids:=["1","2"]' \\
                  'media:=null'""", new HttpieExporter(REDACTOR).export(typed));
        assertEquals("""
                http --raw '[1,2]' POST 'https://api.x.com/2/x' \\
                  'Content-Type:application/json'""", new HttpieExporter(REDACTOR).export(new SentRequest("POST",
                "https://api.x.com/2/x", Headers.of("Content-Type", "application/json"), Body.ofText("[1,2]"))));
    }

    @Test
    void xurlLetsXurlAuthenticateAndUsesPathsOnXsHost() {
        assertEquals("""
                xurl -X POST '/2/tweets' \\
                  -d '{"text":"hi"}' \\
                  --auth app""", new XurlExporter(REDACTOR).export(createPost(), null));
        assertEquals("""
                xurl '/2/users/me?user.fields=created_at' \\
                  --auth oauth1""", new XurlExporter(REDACTOR).export(SentRequest.of("GET",
                "https://api.x.com/2/users/me?user.fields=created_at", Headers.EMPTY), AuthMode.OAUTH1_USER));
        assertEquals("""
                xurl 'http://127.0.0.1:8088/2/users/me' \\
                  -H 'X-Xinspect-Scenario: clock-skew' \\
                  --auth oauth2""", new XurlExporter(REDACTOR).export(SentRequest.of("GET", "http://127.0.0.1:8088/2/users/me",
                Headers.of("X-Xinspect-Scenario", "clock-skew", "Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig")), null));
    }

    @Test
    void theEditorsRequestGetsItsAuthorizationAsAVariable() {
        SentRequest unsigned = SentRequest.of("GET", "https://api.x.com/2/users/me", Headers.EMPTY);

        assertEquals("curl 'https://api.x.com/2/users/me' \\\n  -H \"Authorization: Bearer $BEARER_TOKEN\"",
                new CurlExporter(REDACTOR).export(AuthPlaceholder.add(unsigned, AuthMode.OAUTH2_USER)));
        assertEquals("# OAuth 1.0a: sign a fresh header per request (xurl or your library) and export it as OAUTH1_AUTHORIZATION.\n"
                + "http GET 'https://api.x.com/2/users/me' \\\n  Authorization:\"$OAUTH1_AUTHORIZATION\"",
                new HttpieExporter(REDACTOR).export(AuthPlaceholder.add(unsigned, AuthMode.OAUTH1_USER)));
        assertEquals(unsigned, AuthPlaceholder.add(unsigned, AuthMode.NONE));
    }
}
