package dev.xinspect.core.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmanUrlTest {
    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void keepsEnabledQueryRowsInTheUrlAndSwitchedOffOnesApart() throws Exception {
        List<QueryParam> disabled = new ArrayList<>();

        String url = PostmanUrl.read(json("""
                {"raw": "https://api.x.com/2/users/:id?user.fields=created_at&expansions=pinned_tweet_id",
                 "query": [{"key": "user.fields", "value": "created_at"},
                           {"key": "expansions", "value": "pinned_tweet_id", "disabled": true}],
                 "variable": [{"key": "id", "value": "2244994945"}]}"""), disabled);

        assertEquals("https://api.x.com/2/users/2244994945?user.fields=created_at", url);
        assertEquals(List.of(new QueryParam("expansions", "pinned_tweet_id")), disabled);
    }

    @Test
    void aPathSlotWithoutAValueBecomesAVariable() throws Exception {
        assertEquals("{{baseUrl}}/2/tweets/{{id}}", PostmanUrl.read(json("""
                {"raw": "{{baseUrl}}/2/tweets/:id", "variable": [{"key": "id", "value": ""}]}"""), new ArrayList<>()));
    }

    @Test
    void aUrlWithoutRawIsPutTogetherFromItsParts() throws Exception {
        assertEquals("https://api.x.com:443/2/users/me", PostmanUrl.read(json("""
                {"protocol": "https", "host": ["api", "x", "com"], "port": "443", "path": ["2", "users", "me"]}"""),
                new ArrayList<>()));
    }

    @Test
    void aUrlAsTextIsKeptAndAnythingElseIsEmpty() throws Exception {
        assertEquals("https://api.x.com/2/users/me", PostmanUrl.read(json("\"https://api.x.com/2/users/me\""), new ArrayList<>()));
        assertEquals("", PostmanUrl.read(json("[1, 2]"), new ArrayList<>()));
    }
}
