package dev.xinspect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Oauth1VerifierTest {
    private static final Oauth1Credentials CREDS = Oauth1SignerTest.X_EXAMPLE;
    private static final long TS = Oauth1SignerTest.X_TIMESTAMP;
    private static final String NONCE = Oauth1SignerTest.X_NONCE;
    private static final String URL = "https://api.x.com/1.1/statuses/update.json?include_entities=true";
    private static final List<Param> FORM = Oauth1SignerTest.X_STATUS;

    private final Clock now = Clock.fixed(Instant.ofEpochSecond(TS + 30), ZoneOffset.UTC);
    private final Oauth1Verifier verifier = new Oauth1Verifier(now);
    private final Oauth1Signer signer = new Oauth1Signer();

    private Oauth1Verification verify(String header) {
        return verifier.verify(new Oauth1Request("POST", URL, FORM, Map.of()), header, CREDS.consumerSecret(),
                CREDS.tokenSecret(), null);
    }

    private static String headerWithSignature(String signature) {
        return "OAuth oauth_consumer_key=\"" + CREDS.consumerKey() + "\", oauth_nonce=\"" + NONCE + "\", oauth_signature=\""
                + PercentEncoding.encode(signature) + "\", oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"" + TS
                + "\", oauth_token=\"" + CREDS.token() + "\", oauth_version=\"1.0\"";
    }

    @Test
    void aCorrectHeaderPassesEveryCheck() {
        Oauth1Verification result = verify(signer.sign(new Oauth1Request("POST", URL, FORM, Map.of()), CREDS, NONCE, TS).authorizationHeader());
        assertTrue(result.signatureMatches(), result.toString());
        assertEquals(List.of(), result.mistakes());
        assertEquals("Ls93hJiZbQ3akF3HF3x1Bz8/zU4=", result.recomputed().signature());
    }

    @Test
    void queryParametersLeftOutAreNamed() {
        String header = signer.sign(new Oauth1Request("POST", "https://api.x.com/1.1/statuses/update.json", FORM, Map.of()),
                CREDS, NONCE, TS).authorizationHeader();
        Oauth1Verification result = verify(header);
        assertEquals("Signature", result.firstDifference().orElseThrow().step());
        assertEquals(List.of(Oauth1Mistake.QUERY_LEFT_OUT), result.mistakes());
    }

    @Test
    void doubleEncodedValuesAreNamed() {
        List<Param> preEncoded = List.of(new Param("status", PercentEncoding.encode(FORM.get(0).value())));
        String header = signer.sign(new Oauth1Request("POST", URL, preEncoded, Map.of()), CREDS, NONCE, TS).authorizationHeader();
        assertEquals(List.of(Oauth1Mistake.DOUBLE_ENCODING), verify(header).mistakes());
    }

    @Test
    void plusForSpaceIsNamed() {
        // A client that uses HTML form encoding (URLEncoder) everywhere instead of RFC 3986.
        String params = "include_entities=true&oauth_consumer_key=" + CREDS.consumerKey() + "&oauth_nonce=" + NONCE
                + "&oauth_signature_method=HMAC-SHA1&oauth_timestamp=" + TS + "&oauth_token=" + CREDS.token()
                + "&oauth_version=1.0&status=" + URLEncoder.encode(FORM.get(0).value(), StandardCharsets.UTF_8);
        String base = "POST&" + URLEncoder.encode("https://api.x.com/1.1/statuses/update.json", StandardCharsets.UTF_8)
                + "&" + URLEncoder.encode(params, StandardCharsets.UTF_8);
        String wrong = Oauth1Signer.hmacSha1(CREDS.consumerSecret() + "&" + CREDS.tokenSecret(), base);
        assertEquals(List.of(Oauth1Mistake.PLUS_FOR_SPACE), verify(headerWithSignature(wrong)).mistakes());
    }

    @Test
    void aMissingTokenSecretIsNamed() {
        Oauth1Credentials noTokenSecret = new Oauth1Credentials(CREDS.consumerKey(), CREDS.consumerSecret(), CREDS.token(), null);
        String header = signer.sign(new Oauth1Request("POST", URL, FORM, Map.of()), noTokenSecret, NONCE, TS).authorizationHeader();
        assertEquals(List.of(Oauth1Mistake.TOKEN_SECRET_LEFT_OUT), verify(header).mistakes());
    }

    @Test
    void formParametersLeftOutAreNamed() {
        String header = signer.sign(Oauth1Request.of("POST", URL), CREDS, NONCE, TS).authorizationHeader();
        assertEquals(List.of(Oauth1Mistake.FORM_LEFT_OUT), verify(header).mistakes());
    }

    @Test
    void aStaleTimestampIsTheFirstDifference() {
        Oauth1Verifier later = new Oauth1Verifier(Clock.fixed(Instant.ofEpochSecond(TS + 3600), ZoneOffset.UTC));
        Oauth1Verification result = later.verify(new Oauth1Request("POST", URL, FORM, Map.of()),
                signer.sign(new Oauth1Request("POST", URL, FORM, Map.of()), CREDS, NONCE, TS).authorizationHeader(),
                CREDS.consumerSecret(), CREDS.tokenSecret(), null);
        assertEquals("Timestamp", result.firstDifference().orElseThrow().step());
        assertEquals("Off by 1 h 0 min from this machine's clock", result.firstDifference().orElseThrow().detail());
        assertEquals(List.of(Oauth1Mistake.TIMESTAMP_SKEW), result.mistakes());
    }

    @Test
    void aLoggedBaseStringIsComparedPartByPart() {
        Oauth1Trace ours = signer.sign(new Oauth1Request("POST", URL, FORM, Map.of()), CREDS, NONCE, TS);
        String theirs = ours.baseString().replace("%2520Ladies", "%2BLadies");
        Oauth1Verification result = verifier.verify(new Oauth1Request("POST", URL, FORM, Map.of()), ours.authorizationHeader(),
                CREDS.consumerSecret(), CREDS.tokenSecret(), theirs);
        Oauth1Verification.Check base = result.checks().stream().filter(c -> c.step().equals("Base string")).findFirst().orElseThrow();
        assertFalse(base.passed());
        assertTrue(base.detail().startsWith("The parameter status has another value: expected Hello%20Ladies"), base.detail());
        assertTrue(base.detail().endsWith("(the same text in another encoding)"), base.detail());
    }

    @Test
    void aParameterLeftOutOfALoggedBaseStringIsNamed() {
        Oauth1Trace ours = signer.sign(new Oauth1Request("POST", URL, FORM, Map.of()), CREDS, NONCE, TS);
        String theirs = ours.baseString().replace("include_entities%3Dtrue%26", "");
        Oauth1Verification result = verifier.verify(new Oauth1Request("POST", URL, FORM, Map.of()), ours.authorizationHeader(),
                CREDS.consumerSecret(), CREDS.tokenSecret(), theirs);
        assertEquals("The parameter string lacks include_entities: it must be signed", result.firstDifference().orElseThrow().detail());
    }

    @Test
    void aNonceCheckedBeforeIsNamedAsReused() {
        Oauth1Verifier remembering = new Oauth1Verifier(now, new NonceLedger());
        String header = signer.sign(new Oauth1Request("POST", URL, FORM, Map.of()), CREDS, NONCE, TS).authorizationHeader();
        Oauth1Request request = new Oauth1Request("POST", URL, FORM, Map.of());
        assertTrue(remembering.verify(request, header, CREDS.consumerSecret(), CREDS.tokenSecret(), null).signatureMatches());

        Oauth1Verification again = remembering.verify(request, header, CREDS.consumerSecret(), CREDS.tokenSecret(), null);
        assertEquals("Nonce", again.firstDifference().orElseThrow().step());
        assertEquals(List.of(Oauth1Mistake.REUSED_NONCE), again.mistakes());
    }

    @Test
    void aMalformedHeaderStopsAtTheFirstStep() {
        Oauth1Verification result = verify("Bearer abc");
        assertEquals("Authorization header", result.firstDifference().orElseThrow().step());
        assertNull(result.recomputed());
        Oauth1Verification missing = verify("OAuth oauth_consumer_key=\"k\"");
        assertTrue(missing.firstDifference().orElseThrow().detail().contains("oauth_signature"));
    }

    @Test
    void theRfcExampleWithoutOauthVersionVerifies() {
        Oauth1Verifier rfcTime = new Oauth1Verifier(Clock.fixed(Instant.ofEpochSecond(137131202), ZoneOffset.UTC));
        Oauth1Verification result = rfcTime.verify(Oauth1Request.of("GET", "http://photos.example.net/photos?file=vacation.jpg&size=original"),
                "OAuth realm=\"Photos\", oauth_consumer_key=\"dpf43f3p2l4k3l03\", oauth_token=\"nnch734d00sl2jdk\", "
                        + "oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"137131202\", oauth_nonce=\"chapoH\", "
                        + "oauth_signature=\"MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D\"", "kd94hf93k423kf44", "pfkkdhi9sl3r4s00", null);
        assertTrue(result.signatureMatches(), result.toString());
    }
}
