package dev.xinspect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Oauth1SignerTest {
    static final Oauth1Credentials X_EXAMPLE = new Oauth1Credentials("xvz1evFS4wEEPTGEFPHBog",
            "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw", "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
            "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");
    static final String X_NONCE = "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg";
    static final long X_TIMESTAMP = 1318622958L;
    static final List<Param> X_STATUS = List.of(new Param("status", "Hello Ladies + Gentlemen, a signed OAuth request!"));

    private final Oauth1Signer signer = new Oauth1Signer();

    static Oauth1Request xExample(String host) {
        return new Oauth1Request("POST", "https://" + host + "/1.1/statuses/update.json?include_entities=true", X_STATUS, Map.of());
    }

    @Test
    void xWorkedExampleOnApiXComSignsToTheDocumentedSignature() {
        Oauth1Trace trace = signer.sign(xExample("api.x.com"), X_EXAMPLE, X_NONCE, X_TIMESTAMP);
        assertEquals("Ls93hJiZbQ3akF3HF3x1Bz8/zU4=", trace.signature());
    }

    @Test
    void xWorkedExampleOnApiTwitterComMatchesEveryDocumentedStep() {
        Oauth1Trace trace = signer.sign(xExample("api.twitter.com"), X_EXAMPLE, X_NONCE, X_TIMESTAMP);
        String parameterString = "include_entities=true&oauth_consumer_key=xvz1evFS4wEEPTGEFPHBog"
                + "&oauth_nonce=kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg&oauth_signature_method=HMAC-SHA1"
                + "&oauth_timestamp=1318622958&oauth_token=370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"
                + "&oauth_version=1.0&status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21";
        assertEquals(parameterString, trace.parameterString());
        assertEquals("POST&https%3A%2F%2Fapi.twitter.com%2F1.1%2Fstatuses%2Fupdate.json&"
                + PercentEncoding.encode(parameterString), trace.baseString());
        assertEquals("kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw&LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE", trace.signingKey());
        assertEquals("hCtSmYh+iHYCEqBWrE7C7hYmtUk=", trace.signature());
        assertEquals("OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", "
                + "oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\", "
                + "oauth_signature=\"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D\", oauth_signature_method=\"HMAC-SHA1\", "
                + "oauth_timestamp=\"1318622958\", oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\", "
                + "oauth_version=\"1.0\"", trace.authorizationHeader());
    }

    @Test
    void collectedParametersListQueryThenFormThenProtocolBeforeSorting() {
        Oauth1Trace trace = signer.sign(xExample("api.x.com"), X_EXAMPLE, X_NONCE, X_TIMESTAMP);
        assertEquals(List.of(new Param("include_entities", "true"), X_STATUS.get(0),
                new Param("oauth_consumer_key", "xvz1evFS4wEEPTGEFPHBog"), new Param("oauth_nonce", X_NONCE),
                new Param("oauth_signature_method", "HMAC-SHA1"), new Param("oauth_timestamp", "1318622958"),
                new Param("oauth_token", X_EXAMPLE.token()), new Param("oauth_version", "1.0")), trace.collectedParameters());
    }

    @Test
    void rfc5849Section1Point2ExampleSignsToMdpQ() {
        Oauth1Credentials credentials = new Oauth1Credentials("dpf43f3p2l4k3l03", "kd94hf93k423kf44",
                "nnch734d00sl2jdk", "pfkkdhi9sl3r4s00");
        Oauth1Trace trace = signer.withoutVersionParameter().sign(
                Oauth1Request.of("GET", "http://photos.example.net/photos?file=vacation.jpg&size=original"),
                credentials, "chapoH", 137131202L);
        assertEquals("MdpQcU8iPSUjWoN/UDMsK2sui9I=", trace.signature());
    }

    @Test
    void rfc5849Section3Point4Point1Point1BaseString() {
        Oauth1Credentials credentials = new Oauth1Credentials("9djdj82h48djs9d2", "j49sk3j29djd", "kkk9d7dh3k39sjv7", "dh893hdasih9");
        Oauth1Request request = new Oauth1Request("POST", "http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b",
                SignedUrl.formParameters("c2&a3=2+q"), Map.of());
        Oauth1Trace trace = signer.withoutVersionParameter().sign(request, credentials, "7d8f3e4a", 137131201L);
        assertEquals("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26"
                + "c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26"
                + "oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7",
                trace.baseString());
    }

    @Test
    void baseUriIsNormalisedLowerCaseWithoutDefaultPortOrQuery() {
        assertEquals("https://api.x.com/2/Users", SignedUrl.parse("HTTPS://API.X.com:443/2/Users?a=b#frag").baseUri());
        assertEquals("http://example.com:8080/", SignedUrl.parse("http://Example.com:8080").baseUri());
        assertEquals("http://example.com/", SignedUrl.parse("http://example.com:80/").baseUri());
    }

    @Test
    void repeatedNamesAreKeptAndSortedByValue() {
        assertEquals("a=1&a=2&b=%20", Oauth1Signer.parameterString(
                List.of(new Param("b", " "), new Param("a", "2"), new Param("a", "1"))));
    }

    @Test
    void requestTokenStepSignsWithoutTokenAndKeepsTheAmpersandInTheKey() {
        Oauth1Request request = new Oauth1Request("POST", "https://api.x.com/oauth/request_token", List.of(),
                Map.of("oauth_callback", "oob"));
        Oauth1Trace trace = signer.sign(request, Oauth1Credentials.appOnly("key", "secret"), "n", 1L);
        assertEquals("secret&", trace.signingKey());
        assertTrue(trace.authorizationHeader().contains("oauth_callback=\"oob\""));
        assertFalse(trace.parameterString().contains("oauth_token="));
    }

    @Test
    void extraParametersCannotOverrideWhatTheSignerSets() {
        Oauth1Request request = new Oauth1Request("GET", "https://api.x.com/2/users/me", List.of(),
                Map.of("oauth_nonce", "mine"));
        assertThrows(IllegalArgumentException.class, () -> signer.sign(request, X_EXAMPLE, "n", 1L));
    }

    @Test
    void awkwardValuesAreEncodedOnceWithRfc3986() {
        List<Param> form = List.of(new Param("text", "a b+c!*'()~%😀"));
        Oauth1Trace trace = signer.sign(new Oauth1Request("POST", "https://api.x.com/1.1/x.json", form, Map.of()),
                X_EXAMPLE, "n", 1L);
        assertTrue(trace.parameterString().endsWith("text=a%20b%2Bc%21%2A%27%28%29~%25%F0%9F%98%80"), trace.parameterString());
    }

    @Test
    void convenienceSignUsesTheInjectedClockAndNonceSource() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(X_TIMESTAMP), ZoneOffset.UTC);
        Oauth1Trace trace = new Oauth1Signer(clock, () -> X_NONCE).sign(xExample("api.x.com"), X_EXAMPLE);
        assertEquals("Ls93hJiZbQ3akF3HF3x1Bz8/zU4=", trace.signature());
    }

    @Test
    void toStringsShowNoSecret() {
        Oauth1Trace trace = signer.sign(xExample("api.x.com"), X_EXAMPLE, X_NONCE, X_TIMESTAMP);
        String shown = trace + " " + X_EXAMPLE + " " + xExample("api.x.com");
        for (String secret : List.of(X_EXAMPLE.consumerKey(), X_EXAMPLE.consumerSecret(), X_EXAMPLE.token(),
                X_EXAMPLE.tokenSecret(), trace.signature(), "include_entities")) {
            assertFalse(shown.contains(secret), secret);
        }
        assertEquals("<consumer secret, 43 chars>&<token secret, 41 chars>", trace.maskedSigningKey());
    }
}
