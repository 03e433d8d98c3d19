package dev.xinspect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Oauth1HeaderTest {

    @Test
    void parsesTheSignersOwnHeaderBackToDecodedValuesInOrder() {
        Oauth1Trace trace = new Oauth1Signer().sign(Oauth1SignerTest.xExample("api.x.com"), Oauth1SignerTest.X_EXAMPLE,
                Oauth1SignerTest.X_NONCE, Oauth1SignerTest.X_TIMESTAMP);
        Map<String, String> parsed = Oauth1Header.parse(trace.authorizationHeader());
        assertEquals(List.of("oauth_consumer_key", "oauth_nonce", "oauth_signature", "oauth_signature_method",
                "oauth_timestamp", "oauth_token", "oauth_version"), List.copyOf(parsed.keySet()));
        assertEquals("Ls93hJiZbQ3akF3HF3x1Bz8/zU4=", parsed.get("oauth_signature"));
    }

    @Test
    void toleratesAPastedHeaderLineRealmAndLineBreaks() {
        Map<String, String> parsed = Oauth1Header.parse("Authorization: OAuth realm=\"Photos\",\n"
                + "    oauth_consumer_key=\"dpf43f3p2l4k3l03\" ,oauth_signature=\"MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D\"");
        assertEquals(Map.of("realm", "Photos", "oauth_consumer_key", "dpf43f3p2l4k3l03",
                "oauth_signature", "MdpQcU8iPSUjWoN/UDMsK2sui9I="), parsed);
    }

    @Test
    void malformedHeadersGiveAClearMessageWithoutQuotingValues() {
        String secret = "SECRETVALUE";
        for (String bad : List.of("Bearer " + secret, "OAuth oauth_token=" + secret, "OAuth oauth_token=\"" + secret,
                "OAuth a=\"1\" b=\"2\"", "OAuth a=\"1\", a=\"2\"", "OAuth a=\"%zz" + secret + "\"", "OAuth ")) {
            MalformedOauthHeaderException e = assertThrows(MalformedOauthHeaderException.class, () -> Oauth1Header.parse(bad), bad);
            assertFalse(e.getMessage().contains(secret), e.getMessage());
        }
    }
}
