package dev.xinspect.core.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.catalog.BuiltInSpec;
import dev.xinspect.core.catalog.SpecReader;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.QueryParam;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenApiCollectionTest {
    private final OpenApiCollection openApi = new OpenApiCollection(new SpecReader());

    @Test
    void xsShippedSpecBecomesOneFolderPerTagAndOneRequestPerOperation() throws Exception {
        BuiltInSpec spec = BuiltInSpec.shipped();
        ImportedCollection x = openApi.read(spec.documentText(), "built in");

        int operations = spec.catalog().orElseThrow().endpoints().size();
        assertEquals(operations, x.root().requestCount());
        assertTrue(x.root().folders().size() > 10, "X's spec has many tags");
        assertEquals(Optional.of("https://api.x.com"), x.variables().stream().filter(v -> v.name().equals("baseUrl")).map(v -> v.value()).findFirst());
        CollectionItem followers = x.root().folders().stream().flatMap(f -> f.requests().stream())
                .filter(r -> firstLine(r).equals("GET /2/users/{id}/followers")).findFirst().orElseThrow();
        assertEquals("{{baseUrl}}/2/users/{{id}}/followers", followers.request().url());
        assertTrue(followers.request().disabledQuery().stream().map(QueryParam::name).toList().contains("pagination_token"));
        assertTrue(List.of(AuthMode.OAUTH2_APP_ONLY, AuthMode.OAUTH2_USER, AuthMode.OAUTH1_USER).contains(followers.auth()));
        CollectionItem search = x.root().folders().stream().flatMap(f -> f.requests().stream())
                .filter(r -> firstLine(r).equals("GET /2/tweets/search/recent")).findFirst().orElseThrow();
        assertTrue(search.request().url().startsWith("{{baseUrl}}/2/tweets/search/recent?query="), search.request().url());
    }

    private static String firstLine(CollectionItem item) {
        return item.request().description().lines().findFirst().orElse("");
    }

    @Test
    void aDocumentThatIsNotOpenApiIsRefusedInOneSentence() {
        UnreadableCollectionException e = assertThrows(UnreadableCollectionException.class,
                () -> openApi.read(PostmanFixtures.text(PostmanFixtures.X), "file"));
        assertEquals("The JSON is not an OpenAPI 3 document (it has no \"openapi\": \"3.x\").", e.getMessage());
    }
}
