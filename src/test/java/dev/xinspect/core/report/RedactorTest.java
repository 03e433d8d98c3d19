package dev.xinspect.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Headers;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Redactor redactor = new Redactor(List.of("s3cr3t-value/with+plus"));

    @Test
    void oauthHeaderKeepsTheHarmlessParametersAReaderNeeds() {
        Headers headers = redactor.redact(Headers.of("Authorization", "OAuth oauth_consumer_key=\"ck\", oauth_nonce=\"abc\", "
                + "oauth_signature=\"xyz%3D\", oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1318622958\", "
                + "oauth_token=\"tok\", oauth_version=\"1.0\""));

        assertEquals("OAuth oauth_consumer_key=\"[redacted: consumer key]\", oauth_nonce=\"[redacted: oauth_nonce]\", "
                + "oauth_signature=\"[redacted: oauth_signature]\", oauth_signature_method=\"HMAC-SHA1\", "
                + "oauth_timestamp=\"1318622958\", oauth_token=\"[redacted: oauth_token]\", oauth_version=\"1.0\"",
                headers.first("authorization").orElseThrow());
    }

    @Test
    void bearerBasicAndCookiesAreMarkedByKind() {
        Headers headers = redactor.redact(Headers.of("authorization", "Bearer abc", "Proxy-Authorization", "Basic dTpw",
                "Set-Cookie", "a=b", "x-rate-limit-remaining", "0"));

        assertEquals(List.of("Bearer [redacted: bearer token]", "Basic [redacted: basic credentials]", "[redacted: cookie]", "0"),
                headers.list().stream().map(h -> h.value()).toList());
    }

    @Test
    void jsonKeepsItsShapeWhileSecretMembersGo() {
        String body = redactor.redact(Body.ofText("{\n  \"access_token\" : \"abc\\\"def\",\n  \"expires_in\": 7200,\n  \"scope\": \"tweet.read\"\n}")).text();

        assertEquals("{\n  \"access_token\" : \"[redacted: access token]\",\n  \"expires_in\": 7200,\n  \"scope\": \"tweet.read\"\n}", body);
    }

    @Test
    void knownValuesGoInEveryEncoding() {
        assertEquals("a [redacted: stored secret] b [redacted: stored secret] c [redacted: stored secret] d [redacted: stored secret]",
                redactor.redactText("a s3cr3t-value/with+plus b s3cr3t-value%2Fwith%2Bplus c s3cr3t-value%2fwith%2bplus d s3cr3t-value\\/with+plus"));
    }

    @Test
    void urlsKeepNonSecretParameters() {
        assertEquals("https://api.x.com/2/oauth2/token?code=redacted:authorization-code&grant_type=authorization_code",
                redactor.redactUrl("https://api.x.com/2/oauth2/token?code=abc123&grant_type=authorization_code"));
    }

    @Test
    void redactingTenMegabytesIsLinear() {
        String big = "{\"data\":\"" + "x".repeat(10 * 1024 * 1024) + "\",\"access_token\":\"t\"}";

        String redacted = redactor.redact(Body.ofText(big)).text();

        assertEquals(big.length() - 1 + "[redacted: access token]".length(), redacted.length());
    }

    @Test
    void redirectHopsAreKeptWithTheirUrlsRedacted() {
        dev.xinspect.core.http.Redirect hop = new dev.xinspect.core.http.Redirect("GET", "https://api.x.com/a?access_token=AbCdEf123456",
                302, "http://127.0.0.1:8080/callback?state=s&code=c0d3c0d3c0d3", "GET",
                "http://127.0.0.1:8080/callback?state=s&code=c0d3c0d3c0d3", java.util.List.of("Authorization not sent to another host."));
        dev.xinspect.core.http.Exchange exchange = new dev.xinspect.core.http.Exchange(
                dev.xinspect.core.http.SentRequest.of("GET", "http://127.0.0.1:8080/callback", null),
                dev.xinspect.core.http.ReceivedResponse.of(200, null, ""), null, null, null, java.util.List.of(hop));

        dev.xinspect.core.http.Redirect kept = Redactor.withoutKnownSecrets().redact(exchange).redirects().get(0);

        org.junit.jupiter.api.Assertions.assertEquals(302, kept.status());
        org.junit.jupiter.api.Assertions.assertFalse((kept.url() + kept.location() + kept.nextUrl()).contains("AbCdEf123456"));
        org.junit.jupiter.api.Assertions.assertFalse((kept.location() + kept.nextUrl()).contains("c0d3c0d3c0d3"));
        org.junit.jupiter.api.Assertions.assertEquals(hop.notes(), kept.notes());
    }
}
