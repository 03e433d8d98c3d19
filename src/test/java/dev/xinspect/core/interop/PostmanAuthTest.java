package dev.xinspect.core.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.AuthMode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostmanAuthTest {
    private final PostmanReading reading = new PostmanReading();

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void anAbsentOrInheritBlockTakesTheParentsMode() throws Exception {
        assertEquals(AuthMode.OAUTH1_USER, PostmanAuth.read(json("null").path("auth"), AuthMode.OAUTH1_USER, "the request a", reading));
        assertEquals(AuthMode.OAUTH2_USER, PostmanAuth.read(json("{\"type\": \"inherit\"}"), AuthMode.OAUTH2_USER, "the request a", reading));
        assertEquals(List.of(), reading.allNotes());
    }

    @Test
    void variablesAreNamedAndTypedInCredentialsOnlyNoted() throws Exception {
        AuthMode mode = PostmanAuth.read(json("""
                {"type": "oauth1", "oauth1": [{"key": "consumerKey", "value": "{{consumer_key}}"},
                                              {"key": "tokenSecret", "value": "literal-token-secret"},
                                              {"key": "signatureMethod", "value": "HMAC-SHA1"}]}"""),
                AuthMode.NONE, "the request Post", reading);

        assertEquals(AuthMode.OAUTH1_USER, mode);
        assertEquals(Set.of("{{consumer_key}}"), reading.authVariables);
        assertEquals(Set.of("the request Post"), reading.literalAuth);
        assertEquals(false, reading.allNotes().toString().contains("literal-token-secret"));
    }

    @Test
    void aV20AttributeObjectIsReadToo() throws Exception {
        assertEquals(AuthMode.OAUTH2_APP_ONLY, PostmanAuth.read(json("{\"type\": \"bearer\", \"bearer\": {\"token\": \"{{bearer}}\"}}"),
                AuthMode.NONE, "the collection", reading));
        assertEquals(Set.of("{{bearer}}"), reading.authVariables);
    }

    @Test
    void anAuthXinspectCannotSignIsImportedWithoutAuthAndSaysSo() throws Exception {
        assertEquals(AuthMode.NONE, PostmanAuth.read(json("{\"type\": \"hawk\"}"), AuthMode.OAUTH1_USER, "the folder Lists", reading));
        assertEquals(List.of("The folder Lists uses Postman's \"hawk\" auth, which xinspect does not sign; it was imported without auth."),
                reading.allNotes());
    }
}
