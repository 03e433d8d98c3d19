package dev.xinspect.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogMatchingTest {
    private final Catalog catalog = ReferenceSpecs.catalog(ReferenceSpecs.V167);

    private String template(String method, String url) {
        return catalog.find(method, url).map(Endpoint::pathTemplate).orElse("none");
    }

    @ParameterizedTest
    @CsvSource({
            "GET, https://api.x.com/2/users/me, /2/users/me",
            "GET, https://api.twitter.com/2/users/me?user.fields=created_at, /2/users/me",
            "GET, http://127.0.0.1:8088/2/users/2244994945, /2/users/{id}",
            "GET, {{baseUrl}}/2/users/by/username/XDevelopers, /2/users/by/username/{username}",
            "GET, '/2/users/by?usernames=a,b', /2/users/by",
            "GET, api.x.com/2/tweets/search/recent?query=x#top, /2/tweets/search/recent",
            "GET, https://api.x.com/2/tweets/search/stream, /2/tweets/search/stream",
            "POST, https://api.x.com/2/tweets/search/stream/rules, /2/tweets/search/stream/rules",
            "GET, https://api.x.com/2/tweets/1460323737035677698, /2/tweets/{id}",
            "get, https://api.x.com/2/tweets/{{postId}}/liking_users, /2/tweets/{id}/liking_users",
            "GET, https://api.x.com/2/users/me/, /2/users/me",
            "DELETE, https://api.x.com/2/tweets/123, /2/tweets/{id}",
            "GET, https://api.x.com/2/nothing/here, none",
            "PATCH, https://api.x.com/2/users/me, none",
            "GET, https://api.x.com/2/users//following, none"})
    void aUrlOnAnyHostFindsItsEndpointLiteralSegmentsFirst(String method, String url, String expected) {
        assertEquals(expected, template(method, url));
    }

    @Test
    void everyMethodAtAPathIsListed() {
        List<String> labels = catalog.endpointsAt("https://api.x.com/2/tweets/123").stream().map(Endpoint::label).toList();

        assertEquals(List.of("GET /2/tweets/{id}", "DELETE /2/tweets/{id}"), labels);
    }

    @Test
    void completionOffersLiteralMatchesFirstThenSlots() {
        List<String> offered = catalog.complete("/2/users/b", 5).stream().map(c -> c.endpoint().label()).toList();

        assertEquals(List.of("GET /2/users/by", "GET /2/users/by/username/{username}", "GET /2/users/{id}",
                "GET /2/users/{id}/affiliates", "GET /2/users/{id}/blocking"), offered);
    }

    @Test
    void completionKeepsWhatWasTypedAroundThePath() {
        List<UrlCompletion> offered = catalog.complete("{{baseUrl}}/2/users/2244994945/foll", 4);

        assertEquals(List.of("GET {{baseUrl}}/2/users/2244994945/followed_lists", "POST {{baseUrl}}/2/users/2244994945/followed_lists",
                        "GET {{baseUrl}}/2/users/2244994945/followers", "GET {{baseUrl}}/2/users/2244994945/following"),
                offered.stream().map(c -> c.endpoint().method() + " " + c.url()).toList());
        assertEquals("/2/users/{id}/followers", offered.get(2).endpoint().pathTemplate());
        assertTrue(!offered.get(2).endpoint().summary().isEmpty());
        assertEquals("{{baseUrl}}/2/users/2244994945/following/{target_user_id}?x=1",
                catalog.complete("{{baseUrl}}/2/users/2244994945/following/?x=1", 10).stream()
                        .filter(c -> c.endpoint().method().equals("DELETE")).findFirst().orElseThrow().url());
    }

    @Test
    void completionOfAnEmptyPathOrATrailingSlashListsWhatComesNext() {
        assertEquals(List.of("/2/users/{id}"), catalog.complete("https://api.x.com/2/users/", 50).stream()
                .map(c -> c.endpoint().pathTemplate()).filter(p -> p.startsWith("/2/users/{")).limit(1).toList());
        assertEquals(10, catalog.complete("", 10).size());
        assertEquals(List.of(), catalog.complete("/3/", 10));
    }

    @Test
    void pathParametersAreNamedReadAndFilled() {
        String template = "/2/users/{id}/bookmarks/{tweet_id}";

        assertEquals(List.of("id", "tweet_id"), PathParameters.names(template));
        assertEquals(Map.of("id", "12", "tweet_id", "{{post}}"),
                PathParameters.valuesIn(template, "https://api.x.com/2/users/12/bookmarks/{{post}}?x=1"));
        assertEquals(Map.of("id", "12"), PathParameters.valuesIn(template, "/2/users/12/bookmarks/{tweet_id}"));
        assertEquals(Map.of(), PathParameters.valuesIn(template, "/2/users/12/likes/9"));
        assertTrue(PathParameters.fits(template, "{{baseUrl}}/2/users/{id}/bookmarks/9/"));
        assertFalse(PathParameters.fits(template, "/2/users/12/likes/9"));
        assertFalse(PathParameters.fits(template, "/2/users/12"));
        assertEquals("/2/users/a%2Fb%20c/bookmarks/{tweet_id}", PathParameters.fill(template, Map.of("id", "a/b c")));
        assertEquals("/2/users/{{me}}/bookmarks/%F0%9F%98%80", PathParameters.fill(template, Map.of("id", "{{me}}", "tweet_id", "😀")));
    }

    @Test
    void urlPathCutsWhatUsersType() {
        assertEquals(new UrlPath("{{baseUrl}}", "/2/users/me", "?a=1"), UrlPath.of(" {{baseUrl}}/2/users/me?a=1 "));
        assertEquals(new UrlPath("http://127.0.0.1:8088", "", ""), UrlPath.of("http://127.0.0.1:8088"));
        assertEquals(new UrlPath("", "/2/users", ""), UrlPath.of("2/users"));
        assertEquals("127.0.0.1", UrlPath.of("http://127.0.0.1:8088/2/x").host());
        assertEquals("api.x.com", UrlPath.of("HTTPS://API.X.COM/2/x").host());
        assertEquals("", UrlPath.of("{{baseUrl}}/2/x").host());
        assertEquals("https://api.x.com/2/users/me?x=1", UrlPath.of("https://api.x.com/2/users/{id}?x=1").withPath("/2/users/me"));
        assertEquals(Optional.empty(), catalog.find("GET", "not a url at all"));
    }
}
