package dev.xinspect.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.AuthMode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecReaderTest {

    @ParameterizedTest
    @CsvSource({"x-openapi-2.159-subset.json, 2.159, 8", "built-in, 2.167, 171"})
    void bothReferenceSpecsParseEveryOperation(String file, String version, int operations) {
        Catalog catalog = ReferenceSpecs.catalog(file);

        assertEquals(operations, catalog.endpoints().size());
        assertEquals(version, catalog.info().version());
        assertEquals("X API v2", catalog.info().title());
    }

    @ParameterizedTest
    @ValueSource(strings = {ReferenceSpecs.V159, ReferenceSpecs.V167})
    void usersMeAcceptsUserContextOnly(String file) {
        Endpoint me = ReferenceSpecs.catalog(file).find("GET", "https://api.x.com/2/users/me").orElseThrow();

        assertEquals("/2/users/me", me.pathTemplate());
        assertEquals("getUsersMe", me.operationId());
        assertEquals(List.of("Users"), me.tags());
        assertEquals(Set.of(AuthMode.OAUTH1_USER, AuthMode.OAUTH2_USER), me.authModes());
        assertFalse(me.accepts(AuthMode.OAUTH2_APP_ONLY));
        assertEquals(Set.of("tweet.read", "users.read"), Set.copyOf(me.oauth2Scopes()));
    }

    @ParameterizedTest
    @ValueSource(strings = {ReferenceSpecs.V159, ReferenceSpecs.V167})
    void recentSearchAcceptsAppOnlyAndDeclaresItsQuery(String file) {
        Endpoint search = ReferenceSpecs.catalog(file).find("GET", "https://api.x.com/2/tweets/search/recent?query=x").orElseThrow();

        assertEquals(Set.of(AuthMode.OAUTH1_USER, AuthMode.OAUTH2_APP_ONLY, AuthMode.OAUTH2_USER), search.authModes());
        ApiParameter query = search.queryParameter("query").orElseThrow();
        assertTrue(query.required());
        assertEquals("string", query.type());
        ApiParameter maxResults = search.queryParameter("max_results").orElseThrow();
        assertEquals(10L, maxResults.minimum());
        assertEquals(100L, maxResults.maximum());
        assertEquals("10", maxResults.defaultValue());
        assertEquals(List.of("recency", "relevancy"), search.queryParameter("sort_order").orElseThrow().allowedValues());
    }

    @ParameterizedTest
    @ValueSource(strings = {ReferenceSpecs.V159, ReferenceSpecs.V167})
    void tweetFieldsComeFromComponentParametersWithTheirItemEnum(String file) {
        Endpoint tweet = ReferenceSpecs.catalog(file).find("GET", "/2/tweets/1460323737035677698").orElseThrow();

        ApiParameter fields = tweet.queryParameter("tweet.fields").orElseThrow();
        assertTrue(fields.commaSeparated());
        assertTrue(fields.allowedValues().containsAll(List.of("created_at", "public_metrics", "conversation_id")), fields.allowedValues().toString());
        assertTrue(tweet.queryParameter("expansions").orElseThrow().allowedValues().contains("author_id"));
        ApiParameter id = tweet.pathParameters().get(0);
        assertEquals("id", id.name());
        assertTrue(id.required());
        assertEquals("^[0-9]{1,19}$", id.pattern(), "the pattern comes from the $ref'd schema");
    }

    @Test
    void spec167NamesThePostFieldsParameterPostFieldsAndListsFewerValues() {
        Endpoint v159 = ReferenceSpecs.catalog(ReferenceSpecs.V159).find("GET", "/2/tweets/search/recent").orElseThrow();
        Endpoint v167 = ReferenceSpecs.catalog(ReferenceSpecs.V167).find("GET", "/2/tweets/search/recent").orElseThrow();

        assertEquals("tweet.fields", v159.queryParameter("tweet.fields").orElseThrow().name());
        assertTrue(v159.queryParameter("tweet.fields").orElseThrow().allowedValues().contains("author_id"));
        assertEquals("post.fields", v167.queryParameter("tweet.fields").orElseThrow().name(), "tweet.fields finds post.fields");
        assertFalse(v167.queryParameter("post.fields").orElseThrow().allowedValues().contains("author_id"),
                "the spec as published; EarlierNames makes up for it");
    }

    @Test
    void externalDocsBecomeTheDocsLinkAndStreamsAreMarked() {
        Catalog v159 = ReferenceSpecs.catalog(ReferenceSpecs.V159);

        assertEquals("https://developer.twitter.com/en/docs/twitter-api/users/lookup/api-reference/get-users-me",
                v159.find("GET", "/2/users/me").orElseThrow().docsUrl());
        Endpoint filtered = v159.find("GET", "/2/tweets/search/stream").orElseThrow();
        assertTrue(filtered.streaming());
        assertEquals(Set.of(AuthMode.OAUTH2_APP_ONLY), filtered.authModes());
    }

    @Test
    void anOperationWithoutSecurityNeedsNoAuth() {
        Endpoint spec = ReferenceSpecs.catalog(ReferenceSpecs.V167).find("GET", "/2/openapi.json").orElseThrow();

        assertTrue(spec.needsNoAuth());
        assertTrue(spec.accepts(AuthMode.OAUTH2_APP_ONLY));
    }

    @Test
    void arrayItemsReferencingASchemaKeepTheirPattern() {
        Endpoint tweets = ReferenceSpecs.catalog(ReferenceSpecs.V167).find("GET", "/2/tweets?ids=1,2").orElseThrow();

        ApiParameter ids = tweets.queryParameter("ids").orElseThrow();
        assertTrue(ids.commaSeparated());
        assertEquals("^[0-9]{1,19}$", ids.pattern());
    }

    @Test
    void theLargerSpecParsesWellUnderASecond() throws Exception {
        String text = ReferenceSpecs.text(ReferenceSpecs.V167);
        SpecReader reader = new SpecReader();
        reader.read(text, "warm-up", null);

        long started = System.nanoTime();
        Catalog catalog = reader.read(text, "timed", null);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(171, catalog.endpoints().size());
        assertTrue(millis < 1000, "parsing took " + millis + " ms");
    }

    @Test
    void whatIsNotASpecGetsOneSentence() {
        SpecReader reader = new SpecReader();

        assertEquals("The spec is not valid JSON (line 1, column 13).",
                assertThrows(UnusableSpecException.class, () -> reader.read("{\"openapi\": ", "f", null)).getMessage());
        assertEquals("The spec is not a JSON object.",
                assertThrows(UnusableSpecException.class, () -> reader.read("[1]", "f", null)).getMessage());
        assertEquals("The JSON is not an OpenAPI 3 document (it has no \"openapi\": \"3.x\").",
                assertThrows(UnusableSpecException.class, () -> reader.read("{\"swagger\":\"2.0\",\"paths\":{}}", "f", null)).getMessage());
        assertEquals("The OpenAPI document has no paths.",
                assertThrows(UnusableSpecException.class, () -> reader.read("{\"openapi\":\"3.0.0\",\"paths\":{}}", "f", null)).getMessage());
        assertEquals("The spec is empty.", assertThrows(UnusableSpecException.class, () -> reader.read(" ", "f", null)).getMessage());
    }

    @Test
    void pathItemParametersApplyAndAnOperationsOwnReplacesThem() throws Exception {
        Catalog catalog = new SpecReader().read("""
                {"openapi":"3.0.3","info":{"title":"t","version":"1"},
                 "paths":{"/2/things/{id}":{
                   "parameters":[{"name":"id","in":"path","schema":{"type":"string"}},
                                 {"name":"mode","in":"query","description":"path level","schema":{"type":"string"}}],
                   "get":{"security":[{}],"parameters":[{"name":"mode","in":"query","required":true,"schema":{"type":"string"}}]}}}}""",
                "inline", null);

        Endpoint get = catalog.endpoints().get(0);
        assertEquals(List.of("id", "mode"), get.parameters().stream().map(ApiParameter::name).toList());
        assertTrue(get.pathParameters().get(0).required(), "path parameters are required even when the spec omits it");
        assertTrue(get.queryParameter("mode").orElseThrow().required());
        assertEquals(Set.of(AuthMode.NONE), get.authModes());
    }
}
