package dev.xinspect.core.expansion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostJoinerTest {
    private final PostJoiner joiner = new PostJoiner();

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = PostJoinerTest.class.getResourceAsStream("/expansions/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void xsExpansionsExampleShowsTheAuthorBesideThePost() throws IOException {
        List<JoinedPost> posts = joiner.join(fixture("docs-expansions-author.json"));

        assertEquals(List.of(new JoinedPost("1234567890", "Hello world!",
                List.of(new Reference("author", "2244994945", "@xdevelopers · X Developers", "")))), posts);
    }

    @Test
    void aReplyWhoseRepliedToPostWasNotExpandedSaysWhichExpansionBringsIt() throws IOException {
        JoinedPost post = joiner.join(fixture("example-payload-reply.json")).get(0);

        assertEquals(List.of(
                new Reference("author", "2244994945", "@TwitterDev · Twitter Dev", ""),
                new Reference("in reply to", "2244994945", "@TwitterDev · Twitter Dev", ""),
                new Reference("replied_to", "1304102743196356610", "", "not in includes.tweets (ask expansions=referenced_tweets.id)")),
                post.references());
    }

    @Test
    void aPostXCouldNotReturnCarriesXsPartialErrorAndMissingMediaItsExpansion() throws IOException {
        JoinedPost post = joiner.join(fixture("partial-error-quoted.json")).get(0);

        assertEquals(List.of(
                new Reference("quoted", "1341761249646956500", "", "X could not return it: Could not find tweet with ids: [1341761249646956500]."),
                new Reference("media", "3_1460323731167145987", "", "not in includes.media (ask expansions=attachments.media_keys)")),
                post.unresolved());
    }

    @Test
    void mentionsMediaPollsAndPlacesResolveByTheirOwnKeys() throws IOException {
        JsonNode body = new ObjectMapper().readTree("""
                {"data":[{"id":"1","text":"hi @XDevelopers","entities":{"mentions":[{"start":3,"end":15,"username":"XDevelopers"}]},
                  "attachments":{"media_keys":["3_1"],"poll_ids":["9"]},"geo":{"place_id":"01a9a39529b27f36"}}],
                 "includes":{"users":[{"id":"2244994945","username":"XDevelopers","name":"Developers"}],
                  "media":[{"media_key":"3_1","type":"photo","url":"https://pbs.twimg.com/media/a.jpg"}],
                  "polls":[{"id":"9","options":[{"position":1,"label":"yes","votes":3},{"position":2,"label":"no","votes":1}]}],
                  "places":[{"id":"01a9a39529b27f36","full_name":"Manhattan, NY"}]}}""");

        assertEquals(List.of("@XDevelopers · Developers", "photo https://pbs.twimg.com/media/a.jpg", "poll: yes (3), no (1)",
                "Manhattan, NY"), joiner.join(body).get(0).references().stream().map(Reference::label).toList());
    }

    @Test
    void answersWithoutPostsJoinNothing() throws IOException {
        ObjectMapper mapper = new ObjectMapper();

        assertEquals(List.of(), joiner.join(mapper.readTree("{\"data\":{\"id\":\"2244994945\",\"username\":\"XDevelopers\"}}")));
        assertEquals(List.of(), joiner.join(mapper.readTree("{\"title\":\"Unauthorized\",\"status\":401}")));
        assertEquals(List.of(), joiner.join(mapper.readTree("[1,2]")));
    }
}
