package dev.xinspect.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Credentials as they appear in public documentation and threads, and the words around them that must stay. */
class RealWorldRedactionTest {
    private final Redactor redactor = Redactor.withoutKnownSecrets();

    /** X's own example: docs.x.com/fundamentals/authentication/oauth-1-0a/authorizing-a-request. */
    private static final String X_DOCS_OAUTH1 = "OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", "
            + "oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\", oauth_signature=\"tnnArxj06cWHq44gCs1OSKk%2FjLY%3D\", "
            + "oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1318622958\", "
            + "oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\", oauth_version=\"1.0\"";
    /** A header laid out over lines with a realm, as in docs.oracle.com/…/section_4635758034.html (NetSuite's TBA example). */
    private static final String MULTI_LINE_OAUTH1 = "OAuth realm=\"12345\",\n   oauth_consumer_key=\"4a3ff6c251a55057bb1e62d8dc8998a0\",\n"
            + "   oauth_token=\"52cfe88fecf2e2b74e833e7dfc4cae79\",\n   oauth_nonce=\"qUwlmPvtGCS4sHJe8F7x\",\n"
            + "   oauth_timestamp=\"1462453273\",\n   oauth_signature_method=\"HMAC-SHA256\", oauth_version=\"1.0\",\n"
            + "   oauth_signature=\"8PI9lIYxUmUONjxEFJUSMD9oOmc%3D\"";

    @Test
    void xDocsOauth1HeaderKeepsOnlyWhatAReaderNeeds() {
        String redacted = redactor.redact(Headers.of("Authorization", X_DOCS_OAUTH1)).first("authorization").orElseThrow();

        assertEquals("OAuth oauth_consumer_key=\"[redacted: consumer key]\", oauth_nonce=\"[redacted: oauth_nonce]\", "
                + "oauth_signature=\"[redacted: oauth_signature]\", oauth_signature_method=\"HMAC-SHA1\", "
                + "oauth_timestamp=\"1318622958\", oauth_token=\"[redacted: oauth_token]\", oauth_version=\"1.0\"", redacted);
    }

    @Test
    void aForumPostNeverShowsAGarbledMarker() {
        Exchange exchange = Exchange.of(new SentRequest("GET", "https://api.x.com/2/users/me", Headers.of("Authorization", X_DOCS_OAUTH1),
                Body.EMPTY), new ReceivedResponse(401, "", "HTTP/2", Headers.of("content-type", "application/json"),
                Body.ofText("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}")));
        Diagnoser diagnoser = new Diagnoser(KnowledgeBase.loadBundled(), Clock.systemUTC(), EndpointAuthModes.UNKNOWN, StandardHints.all());

        String post = new ForumPostDrafter(redactor).draft(new ForumPostRequest(exchange, diagnoser.diagnose(exchange), "", "",
                List.of(), "", "")).markdown();

        assertTrue(post.contains("oauth_token=\"[redacted: oauth_token]\""), post);
        assertFalse(post.matches("(?s).*\\[redacted: [^]]*] [a-z_ ]+].*"), post);
        assertFalse(post.contains("370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"));
    }

    @Test
    void aHeaderLaidOutOverLinesLosesEverySecret() {
        String redacted = redactor.redact(Headers.of("Authorization", MULTI_LINE_OAUTH1)).first("authorization").orElseThrow();

        for (String secret : List.of("4a3ff6c251a55057bb1e62d8dc8998a0", "52cfe88fecf2e2b74e833e7dfc4cae79", "qUwlmPvtGCS4sHJe8F7x",
                "8PI9lIYxUmUONjxEFJUSMD9oOmc")) {
            assertFalse(redacted.contains(secret), redacted);
        }
        assertTrue(redacted.contains("realm=\"12345\"") && redacted.contains("oauth_timestamp=\"1462453273\""), redacted);
        assertFalse(redactor.redactText("Authorization: " + MULTI_LINE_OAUTH1).contains("52cfe88fecf2e2b74e833e7dfc4cae79"));
    }

    /** The answer of POST oauth/request_token, as X documents it (docs.x.com/resources/fundamentals/authentication/api-reference). */
    @Test
    void aFormEncodedTokenAnswerSentAsHtml() {
        Body body = Body.ofText("oauth_token=NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0&oauth_token_secret=veNRnAWe6inFuo8o2u8SLLZLjolYDmDP7SzL0YfYI"
                + "&oauth_callback_confirmed=true");

        assertEquals("oauth_token=redacted:oauth_token&oauth_token_secret=redacted:token-secret&oauth_callback_confirmed=true",
                redactor.redact(body, "text/html;charset=utf-8").text());
    }

    /** X's v2 invalid-request shape (docs.x.com/x-api/fundamentals/response-codes-and-errors) echoing a token parameter. */
    @Test
    void anEchoedParameterArrayIsRedactedWithTheProblemKept() {
        String body = "{\"errors\":[{\"parameters\":{\"access_token\":[\"AbCdEf0123456789xyz\"]},\"message\":\"The query parameter "
                + "[access_token] is not one of [ids,expansions,tweet.fields]\"}],\"title\":\"Invalid Request\",\"detail\":\"One or "
                + "more parameters to your request was invalid.\",\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}";

        String redacted = redactor.redact(Body.ofText(body), "application/json").text();

        assertEquals(body.replace("[\"AbCdEf0123456789xyz\"]", "\"[redacted: access token]\""), redacted);
    }

    @Test
    void wordsThatOnlyLookLikeSecretsStay() {
        String prose = "Use Basic authentication or a Bearer token; see the token docs. {\"errors\":[{\"code\":88,"
                + "\"message\":\"Rate limit exceeded\"}],\"meta\":{\"next_token\":\"b26v89c19zqg8o3fr5ucx0z5pqs7fmf3b3e0d9ucmv8t\"}}";

        assertEquals(prose, redactor.redactText(prose));
    }

    @Test
    void aBodyWithInvalidUtf8IsScannedAndItsOtherBytesKept() {
        byte[] raw = "\u0000\u00ff-client_secret=s3cr3tValue123&x=1".getBytes(StandardCharsets.ISO_8859_1);

        byte[] redacted = redactor.redact(Body.ofBytes(raw), "application/octet-stream").bytes();

        assertArrayEquals("\u0000\u00ff-client_secret=[redacted: client secret]&x=1".getBytes(StandardCharsets.ISO_8859_1), redacted);
    }
}
