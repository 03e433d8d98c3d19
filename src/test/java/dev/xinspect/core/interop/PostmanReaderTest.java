package dev.xinspect.core.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.workspace.EnvironmentVariable;
import dev.xinspect.core.workspace.SavedHeader;
import dev.xinspect.core.workspace.SavedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmanReaderTest {
    private final PostmanReader reader = PostmanFixtures.reader();

    @Test
    void xsOfficialCollectionKeepsFoldersQueryRowsPathVariablesAndInheritedBearer() throws Exception {
        ImportedCollection x = reader.read(PostmanFixtures.text(PostmanFixtures.X));

        assertEquals("Twitter API v2", x.name());
        assertEquals(List.of("Tweet Lookup", "Filtered Stream", "Sampled Stream"), x.root().folders().stream().map(ImportedFolder::name).toList());
        CollectionItem single = x.root().folders().get(0).requests().get(0);
        SavedRequest request = single.request();
        assertEquals("Single Tweet", request.name());
        assertEquals("GET", request.method());
        assertEquals("https://api.twitter.com/2/tweets/{{id}}", request.url());
        assertEquals(List.of("tweet.fields", "expansions", "media.fields", "place.fields", "poll.fields", "user.fields"),
                request.disabledQuery().stream().map(QueryParam::name).toList());
        assertTrue(request.description().startsWith("This endpoint returns details about the Tweet"));
        assertEquals(AuthMode.OAUTH2_APP_ONLY, single.auth(), "the collection's bearer auth is inherited");
        assertEquals(AuthMode.OAUTH2_APP_ONLY, x.root().folders().get(1).requests().get(0).auth());
        assertEquals(AuthMode.OAUTH2_APP_ONLY, x.root().folders().get(2).requests().get(0).auth());
        assertEquals(List.of(new EnvironmentVariable("consumer_key", "", false), new EnvironmentVariable("consumer_secret", "", false),
                new EnvironmentVariable("access_token", "", false), new EnvironmentVariable("token_secret", "", false),
                new EnvironmentVariable("bearer_token", "", false)), x.variables());
        assertTrue(x.notes().stream().anyMatch(n -> n.startsWith("1 pre-request or test script was not imported")), x.notes().toString());
        assertTrue(x.notes().stream().anyMatch(n -> n.contains("{{bearer_token}}") && n.contains("profile")), x.notes().toString());
    }

    @Test
    void trelloCollectionKeepsTemplatedHostsAndRequestLevelOauth1() throws Exception {
        ImportedCollection trello = reader.read(PostmanFixtures.text(PostmanFixtures.TRELLO));

        CollectionItem create = trello.root().requests().get(0);
        assertEquals("{{baseUrl}}/1/boards/?name={{boardName}}&token={{trelloToken}}&key={{trelloKey}}&defaultLists={{defaultLists}}",
                create.request().url());
        assertEquals(AuthMode.NONE, create.auth());
        CollectionItem update = trello.root().requests().get(1);
        assertEquals("PUT", update.request().method());
        assertEquals("{{baseUrl}}/1/boards/{{boardId}}?name=Test%20Updated%20Board&key={{trelloKey}}&token={{trelloToken}}",
                update.request().url());
        assertEquals(AuthMode.OAUTH1_USER, update.auth());
        assertTrue(trello.notes().stream().noneMatch(n -> n.contains("typed into the auth")), "empty auth values hold no secret");
    }

    @Test
    void bodyModesHeadersAndLiteralSecretsAreReadWithoutKeepingTheSecret() throws Exception {
        String json = """
                {"info": {"name": "Bodies", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                 "item": [
                  {"name": "Create Post", "request": {"method": "post", "url": "https://api.x.com/2/tweets",
                    "header": [{"key": "Authorization", "value": "Bearer AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid"},
                               {"key": "X-Trace", "value": "1", "disabled": true}],
                    "body": {"mode": "raw", "raw": "{\\"text\\": \\"hello\\"}", "options": {"raw": {"language": "json"}}},
                    "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid"}]}}},
                  {"name": "Token", "request": {"method": "POST", "url": {"raw": "https://api.x.com/oauth2/token"},
                    "body": {"mode": "urlencoded", "urlencoded": [{"key": "grant_type", "value": "client_credentials"},
                                                                  {"key": "off", "value": "x", "disabled": true}]}}},
                  {"name": "Upload", "request": {"method": "POST", "url": "https://api.x.com/2/media/upload",
                    "body": {"mode": "formdata", "formdata": [{"key": "media", "type": "file", "src": "/tmp/cat.png"},
                                                              {"key": "media_category", "type": "text", "value": "tweet_image"}]}}},
                  {"name": "GraphQL", "request": {"method": "POST", "url": "https://example.com/graphql", "body": {"mode": "graphql"}}}
                 ]}""";

        ImportedCollection read = reader.read(json);

        SavedRequest post = read.root().requests().get(0).request();
        assertEquals("POST", post.method());
        assertEquals(List.of(new SavedHeader("X-Trace", "1", false), new SavedHeader("Content-Type", "application/json", true)), post.headers());
        assertEquals("{\"text\": \"hello\"}", post.body());
        assertEquals(AuthMode.OAUTH2_APP_ONLY, read.root().requests().get(0).auth());
        SavedRequest token = read.root().requests().get(1).request();
        assertEquals("grant_type=client_credentials", token.body());
        assertEquals(List.of(new SavedHeader("Content-Type", "application/x-www-form-urlencoded", true)), token.headers());
        assertEquals(List.of(FormPart.file("media", "/tmp/cat.png"), FormPart.text("media_category", "tweet_image")),
                read.root().requests().get(2).request().parts());
        assertEquals("", read.root().requests().get(3).request().body());
        assertTrue(read.notes().stream().anyMatch(n -> n.contains("\"graphql\"")), read.notes().toString());
        assertTrue(read.notes().stream().anyMatch(n -> n.contains("Credentials typed into the auth of the request Create Post")));
        assertTrue(read.notes().stream().anyMatch(n -> n.contains("Authorization header of the request Create Post")));
        assertFalse(read.toString().contains("MLheAAAAAAA0"), "the literal bearer token is nowhere in what was read");
    }

    @Test
    void noauthStopsInheritanceAndUnknownAuthTypesAreNoted() throws Exception {
        String json = """
                {"info": {"name": "Auth"}, "auth": {"type": "oauth1", "oauth1": {"consumerKey": "{{ck}}"}},
                 "item": [{"name": "F", "auth": {"type": "noauth"}, "item": [{"name": "Open", "request": {"url": "https://a.example/x"}}]},
                          {"name": "Key", "request": {"url": "https://a.example/y", "auth": {"type": "apikey"}}},
                          {"name": "Signed", "request": {"url": "https://a.example/z", "auth": {"type": "inherit"}}}]}""";

        ImportedCollection read = reader.read(json);

        assertEquals(AuthMode.NONE, read.root().folders().get(0).requests().get(0).auth());
        assertEquals(AuthMode.NONE, read.root().requests().get(0).auth());
        assertEquals(AuthMode.OAUTH1_USER, read.root().requests().get(1).auth());
        assertTrue(read.notes().stream().anyMatch(n -> n.contains("\"apikey\"")));
        assertTrue(read.notes().stream().anyMatch(n -> n.contains("no Postman v2 schema")));
    }

    @Test
    void notACollectionIsRefusedInOneSentence() {
        assertEquals("This is not a Postman collection: it has no \"info\" object and \"item\" list.",
                assertThrows(UnreadableCollectionException.class, () -> reader.read("{\"openapi\": \"3.0.0\"}")).getMessage());
        assertEquals("The file is empty.", assertThrows(UnreadableCollectionException.class, () -> reader.read(" ")).getMessage());
        assertTrue(assertThrows(UnreadableCollectionException.class, () -> reader.read("{\"info\": ")).getMessage()
                .startsWith("The file is not valid JSON"));
        assertTrue(assertThrows(UnreadableCollectionException.class, () -> reader.read(
                "{\"info\": {\"schema\": \"https://schema.getpostman.com/json/collection/v1.0.0/collection.json\"}, \"item\": []}"))
                .getMessage().contains("v1"));
    }
}
