package dev.xinspect.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpansionCheckTest {
    private final Catalog v167 = ReferenceSpecs.catalog(ReferenceSpecs.V167);
    private final Catalog v159 = ReferenceSpecs.catalog(ReferenceSpecs.V159);

    private List<String> ignored(Catalog catalog, String method, String url) {
        return ExpansionCheck.check(catalog.find(method, url).orElseThrow(), url).stream().map(QueryProblem::message).toList();
    }

    @Test
    void theSpecNamesWhatEachEndpointAnswersWith() {
        assertEquals("Post", v167.find("GET", "/2/tweets/search/recent").orElseThrow().dataObject());
        assertEquals("Tweet", v159.find("GET", "/2/tweets/search/recent").orElseThrow().dataObject());
        assertEquals("User", v167.find("GET", "/2/users/me").orElseThrow().dataObject());
        assertEquals("User", v167.find("GET", "/2/tweets/1/liking_users").orElseThrow().dataObject());
        assertEquals("Post", v167.find("GET", "/2/users/12/liked_tweets").orElseThrow().dataObject());
        assertEquals("Media", v167.find("GET", "/2/media").orElseThrow().dataObject());
    }

    @Test
    void userFieldsOnPostsWithoutAnExpansionToUsersAreNamedWithTheExpansionThatWouldReturnThem() {
        assertEquals(List.of("user.fields has no effect here: GET /2/tweets/search/recent returns Posts and no expansion in"
                        + " the request returns users, so X ignores it without a word; add expansions=author_id (or"
                        + " entities.mentions.username, in_reply_to_user_id or username)."),
                ignored(v167, "GET", "https://api.x.com/2/tweets/search/recent?query=x&user.fields=username"));
        assertEquals(List.of(), ignored(v167, "GET", "https://api.x.com/2/tweets/search/recent?query=x&user.fields=username"
                + "&expansions=author_id"));
        assertEquals(List.of(), ignored(v159, "GET", "/2/tweets/search/recent?query=x&user.fields=username"
                + "&expansions=referenced_tweets.id.author_id"));
    }

    @Test
    void eachFieldsParameterNeedsItsOwnKindOfExpansion() {
        List<String> found = ignored(v167, "GET", "/2/tweets/search/recent?query=x&expansions=author_id"
                + "&media.fields=url&place.fields=full_name&poll.fields=options&user.fields=name");

        assertEquals(List.of("media.fields", "place.fields", "poll.fields"), found.stream().map(m -> m.substring(0, m.indexOf(' '))).toList());
        assertEquals(List.of(), ignored(v167, "GET", "/2/tweets/search/recent?query=x&media.fields=url"
                + "&expansions=attachments.media_keys,geo.place_id&place.fields=full_name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/2/users/me?user.fields=created_at",
            "/2/users/me?user.fields=created_at&tweet.fields=created_at&expansions=pinned_tweet_id",
            "/2/tweets/search/recent?query=x&tweet.fields=created_at",
            "/2/tweets/search/recent?query=x&user.fields=name&expansions={{expansions}}",
            "/2/tweets/search/recent?query=x&user.fields=name&expansions=something_new"})
    void primaryFieldsVariablesAndUnknownExpansionsAreLeftAlone(String url) {
        assertEquals(List.of(), ignored(v167, "GET", url));
    }

    @Test
    void postFieldsOnAUserLookupNeedThePinnedPost() {
        assertEquals(List.of("tweet.fields"), ignored(v167, "GET", "/2/users/me?tweet.fields=created_at").stream()
                .map(m -> m.substring(0, m.indexOf(' '))).toList());
    }

    @Test
    void expansionsAreReadByTheLastPartOfTheirName() {
        assertEquals(Optional.of("users"), ExpansionCheck.returns("referenced_tweets.id.author_id"));
        assertEquals(Optional.of("Posts"), ExpansionCheck.returns("referenced_tweets.id"));
        assertEquals(Optional.of("media"), ExpansionCheck.returns("referenced_tweets.id.attachments.media_keys"));
        assertEquals(Optional.of("Posts"), ExpansionCheck.returns("attachments.media_source_tweet"));
        assertEquals(Optional.empty(), ExpansionCheck.returns("topic_ids"));
    }
}
