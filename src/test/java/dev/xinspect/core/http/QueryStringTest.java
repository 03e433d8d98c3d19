package dev.xinspect.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void parsesDecodedParametersKeepingRepeatsAndOrder() {
        List<QueryParam> params = QueryString.parse(
                "https://api.x.com/2/tweets/search/recent?query=from%3Axdevelopers%20-is%3Aretweet&max_results=10&max_results=20#top");

        assertEquals(List.of(new QueryParam("query", "from:xdevelopers -is:retweet"),
                new QueryParam("max_results", "10"), new QueryParam("max_results", "20")), params);
    }

    @Test
    void joinEncodesSpacesAsPercent20AndKeepsVariables() {
        String url = QueryString.join("{{baseUrl}}/2/tweets/search/recent?old=1", List.of(
                new QueryParam("query", "cats & dogs"), new QueryParam("tweet.fields", "created_at,author_id"),
                new QueryParam("since_id", "{{lastId}}")));

        assertEquals("{{baseUrl}}/2/tweets/search/recent?query=cats%20%26%20dogs"
                + "&tweet.fields=created_at,author_id&since_id={{lastId}}", url);
    }

    @Test
    void roundTripsEmojiAndReservedCharacters() {
        List<QueryParam> params = List.of(new QueryParam("q", "Hello 👋 +1 = 100% #x"));

        assertEquals(params, QueryString.parse(QueryString.join("https://h/p", params)));
    }

    @Test
    void malformedEscapesAreKeptLiterally() {
        assertEquals(List.of(new QueryParam("a", "100%"), new QueryParam("b", "%zz")),
                QueryString.parse("https://h/p?a=100%&b=%zz"));
    }

    @Test
    void blankRowsDoNotReachTheUrl() {
        assertEquals("https://h/p?a=1", QueryString.join("https://h/p",
                List.of(new QueryParam("", ""), new QueryParam("a", "1"))));
    }
}
