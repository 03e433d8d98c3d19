package dev.xinspect.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xinspect.core.http.AuthMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestChecksTest {
    private final Catalog v167 = ReferenceSpecs.catalog(ReferenceSpecs.V167);
    private final Catalog v159 = ReferenceSpecs.catalog(ReferenceSpecs.V159);

    private Endpoint endpoint(Catalog catalog, String method, String url) {
        return catalog.find(method, url).orElseThrow();
    }

    private List<String> problems(Catalog catalog, String url) {
        return QueryCheck.check(endpoint(catalog, "GET", url), url).stream().map(QueryProblem::message).toList();
    }

    @Test
    void appOnlyOnUsersMeIsNamedWithTheModesItAccepts() {
        Endpoint me = endpoint(v167, "GET", "https://api.x.com/2/users/me");

        assertEquals(Optional.of("GET /2/users/me does not accept OAuth 2.0 app-only (Bearer); it accepts OAuth 1.0a user"
                + " context or OAuth 2.0 user context (PKCE)."), AuthModeCheck.check(me, AuthMode.OAUTH2_APP_ONLY));
        assertEquals(Optional.of("GET /2/users/me needs authentication; it accepts OAuth 1.0a user context or OAuth 2.0"
                + " user context (PKCE)."), AuthModeCheck.check(me, AuthMode.NONE));
        assertEquals(Optional.empty(), AuthModeCheck.check(me, AuthMode.OAUTH1_USER));
        assertEquals(Optional.empty(), AuthModeCheck.check(me, AuthMode.OAUTH2_USER));
    }

    @Test
    void aUserTokenWithoutTheScopesIsToldWhichAreMissing() {
        Endpoint me = endpoint(v167, "GET", "https://api.x.com/2/users/me");

        assertEquals(Optional.of("GET /2/users/me needs the OAuth 2.0 scopes users.read and tweet.read; this token lacks"
                + " users.read."), AuthModeCheck.check(me, AuthMode.OAUTH2_USER, Set.of("tweet.read", "offline.access")));
        assertEquals(Optional.empty(), AuthModeCheck.check(me, AuthMode.OAUTH2_USER, Set.of("users.read", "tweet.read")));
    }

    @Test
    void recentSearchTakesAppOnlyAndThreeModesAreListed() {
        Endpoint search = endpoint(v167, "GET", "/2/tweets/search/recent");
        Endpoint stream = endpoint(v167, "GET", "/2/tweets/search/stream");

        assertEquals(Optional.empty(), AuthModeCheck.check(search, AuthMode.OAUTH2_APP_ONLY));
        assertEquals(Optional.of("GET /2/tweets/search/recent does not accept Basic; it accepts OAuth 1.0a user context,"
                + " OAuth 2.0 app-only (Bearer) or OAuth 2.0 user context (PKCE)."), AuthModeCheck.check(search, AuthMode.BASIC));
        assertEquals(Optional.of("GET /2/tweets/search/stream does not accept OAuth 1.0a user context; it accepts OAuth 2.0"
                + " app-only (Bearer)."), AuthModeCheck.check(stream, AuthMode.OAUTH1_USER));
    }

    @Test
    void anUnknownQueryParameterNamesTheOnesAllowed() {
        assertEquals(List.of("GET /2/users/me takes no query parameter user.field (did you mean user.fields?), so X would"
                        + " answer 400 invalid-request; its query parameters are expansions, post.fields and user.fields."),
                problems(v167, "https://api.x.com/2/users/me?user.field=created_at"));
        assertEquals(List.of("GET /2/users/me takes no query parameter max_results, so X would answer 400 invalid-request;"
                        + " its query parameters are expansions, tweet.fields and user.fields."),
                problems(v159, "https://api.x.com/2/users/me?max_results=10"));
    }

    @Test
    void repeatedMissingEmptyAndOutOfRangeAreEachOneSentence() {
        assertEquals(List.of(
                        "max_results is given 2 times; X refuses repeated query parameters, so send max_results once with the values separated by commas.",
                        "max_results must be from 10 to 100, not 500.",
                        "since_id is empty; give it a value or leave it out.",
                        "GET /2/tweets/search/recent needs the query parameter query."),
                problems(v167, "/2/tweets/search/recent?max_results=500&max_results=10&since_id="));
        assertEquals(List.of("max_results must be a whole number, not ten."),
                problems(v167, "/2/tweets/search/recent?query=x&max_results=ten"));
        assertEquals(List.of("abc does not have the form X expects for ids (^[0-9]{1,19}$)."),
                problems(v167, "/2/tweets?ids=20,abc"));
    }

    @Test
    void aValueOutsideTheEnumIsNamedWithTheAllowedOnes() {
        List<String> problems = problems(v159, "/2/tweets/search/recent?query=x&sort_order=newest&tweet.fields=created_at,foo");

        assertEquals(List.of("newest is not a value of sort_order; it takes recency or relevancy.",
                "foo is not a value of tweet.fields; it takes " + String.join(", ", endpoint(v159, "GET", "/2/tweets/search/recent")
                        .queryParameter("tweet.fields").orElseThrow().allowedValues().subList(0, 30)) + " or withheld."), problems);
    }

    @Test
    void whatXsExamplesSendIsNeverFlaggedAgainstTheNewestSpec() {
        String docsExample = "https://api.x.com/2/tweets/search/recent?query=from:XDevelopers&tweet.fields=created_at,author_id,referenced_tweets"
                + "&expansions=author_id,referenced_tweets.id,referenced_tweets.id.author_id&user.fields=pinned_tweet_id,created_at";

        assertEquals(List.of(), problems(v167, docsExample));
        assertEquals(List.of(), problems(v159, docsExample));
        assertEquals(List.of(), problems(v167, "/2/tweets/search/recent?query=x&post.fields=created_at&expansions=referenced_posts"));
    }

    @Test
    void variablesAndGoodQueriesPass() {
        assertEquals(List.of(), problems(v167, "{{baseUrl}}/2/tweets/search/recent?query={{q}}&max_results={{n}}"));
        assertEquals(List.of(), problems(v167, "/2/tweets/search/recent?query=a%20b&max_results=100&sort_order=recency"));
    }

    @Test
    void fieldSuggestionsOfferWhatIsLeftForThePartAfterTheLastComma() {
        Endpoint search = endpoint(v159, "GET", "/2/tweets/search/recent");

        assertEquals(List.of("author_id"), FieldSuggestions.suggest(search, "tweet.fields", "created_at,au"));
        assertEquals(List.of(), FieldSuggestions.suggest(search, "tweet.fields", "author_id,au"));
        assertEquals(List.of("recency", "relevancy"), FieldSuggestions.suggest(search, "sort_order", "re"));
        assertEquals("created_at,author_id", FieldSuggestions.accept("created_at,au", "author_id", true));
        assertEquals(List.of("sort_order", "tweet.fields", "expansions", "media.fields", "poll.fields", "user.fields", "place.fields"),
                FieldSuggestions.parametersWithChoices(search).stream().map(ApiParameter::name).toList());
    }

    @Test
    void tweetFieldsSuggestionsOnTheNewestSpecIncludeCreatedAtAndTheEarlierNames() {
        Endpoint search = endpoint(v167, "GET", "/2/tweets/search/recent");
        List<String> values = FieldSuggestions.allowedValues(search, "tweet.fields");

        assertEquals(true, values.contains("created_at"));
        assertEquals(List.of("author_id", "edit_history_tweet_ids", "in_reply_to_user_id", "note_tweet", "referenced_tweets"),
                values.subList(values.size() - 5, values.size()));
        assertEquals(List.of("article.cover_media", "article.media_entities", "attachments.media_keys",
                "attachments.media_source_tweet", "attachments.poll_ids", "author_id"), FieldSuggestions.suggest(search, "expansions", "a"));
        assertEquals(List.of("referenced_posts", "referenced_tweets.id", "referenced_tweets.id.author_id",
                "referenced_tweets.id.attachments.media_keys"), FieldSuggestions.suggest(search, "expansions", "author_id,ref"));
    }
}
