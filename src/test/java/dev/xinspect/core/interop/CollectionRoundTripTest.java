package dev.xinspect.core.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.workspace.CollectionFolder;
import dev.xinspect.core.workspace.Environment;
import dev.xinspect.core.workspace.EnvironmentVariable;
import dev.xinspect.core.workspace.MemorySecretStore;
import dev.xinspect.core.workspace.WorkspaceContents;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import into a real workspace folder, export as Postman v2.1, import that again: what matters is the same. */
class CollectionRoundTripTest {
    /** One profile per mode, as a user with a profile of each kind has. */
    private static final Map<AuthMode, String> PROFILES = Map.of(AuthMode.OAUTH1_USER, "My OAuth 1.0a",
            AuthMode.OAUTH2_APP_ONLY, "My app-only Bearer", AuthMode.OAUTH2_USER, "My PKCE user", AuthMode.BASIC, "My basic");

    @TempDir
    Path folder;
    private final MemorySecretStore secrets = new MemorySecretStore();
    private WorkspaceStore store;

    private WorkspaceStore store() {
        if (store == null) {
            store = new WorkspaceStore(folder, secrets, new LiteralSecrets(Redactor.withoutKnownSecrets()), Clock.systemUTC(), Duration.ofSeconds(10));
        }
        return store;
    }

    @AfterEach
    void close() throws IOException {
        if (store != null) {
            store.close();
        }
    }

    private CollectionImporter.Summary importText(String json) throws Exception {
        return new CollectionImporter(store(), mode -> Optional.ofNullable(PROFILES.get(mode))).write(PostmanFixtures.reader().read(json));
    }

    private String export(String collection) {
        WorkspaceContents contents = store().load();
        CollectionFolder found = contents.collections().stream().filter(c -> c.name().equals(collection)).findFirst().orElseThrow();
        Optional<Environment> environment = contents.environments().stream().filter(e -> e.name().equals(collection)).findFirst();
        return new PostmanWriter(name -> PROFILES.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey)
                .findFirst()).write(found, environment);
    }

    @Test
    void xsCollectionSurvivesImportExportImport() throws Exception {
        CollectionImporter.Summary first = importText(PostmanFixtures.text(PostmanFixtures.X));
        assertEquals(3, first.requests());
        assertEquals(3, first.folders());
        assertEquals("Twitter API v2", first.environment());
        assertTrue(first.notes().contains("3 requests use OAuth 2.0 app-only (Bearer): the profile My app-only Bearer signs them."),
                first.notes().toString());

        String exported = export("Twitter API v2");
        assertTrue(exported.contains(PostmanReader.SCHEMA_V21));
        assertTrue(exported.contains("{{bearer_token}}"));
        CollectionImporter.Summary second = importText(exported);

        assertEquals("Twitter API v2 (2)", second.collection());
        assertEquals("Twitter API v2 (2)", second.environment());
        WorkspaceContents contents = store().load();
        assertEquals(requests(contents, "Twitter API v2"), requests(contents, "Twitter API v2 (2)"));
        assertEquals(environment(contents, "Twitter API v2").variables(), environment(contents, "Twitter API v2 (2)").variables());
    }

    @Test
    void bodiesHeadersDisabledRowsAndEveryAuthModeSurvive() throws Exception {
        String json = """
                {"info": {"name": "Mixed", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                 "variable": [{"key": "baseUrl", "value": "https://api.x.com"}],
                 "item": [
                  {"name": "Writes", "auth": {"type": "oauth1", "oauth1": [{"key": "consumerKey", "value": "{{consumer_key}}"}]}, "item": [
                    {"name": "Create Post", "request": {"method": "POST", "url": "{{baseUrl}}/2/tweets",
                      "header": [{"key": "X-Off", "value": "1", "disabled": true}],
                      "body": {"mode": "raw", "raw": "{\\"text\\": \\"hi\\"}", "options": {"raw": {"language": "json"}}}}},
                    {"name": "Upload", "request": {"method": "POST", "url": "{{baseUrl}}/2/media/upload",
                      "body": {"mode": "formdata", "formdata": [{"key": "media", "type": "file", "src": "/tmp/a.png"}]}}}]},
                  {"name": "Token", "request": {"method": "POST", "url": "{{baseUrl}}/oauth2/token", "auth": {"type": "basic"},
                    "body": {"mode": "urlencoded", "urlencoded": [{"key": "grant_type", "value": "client_credentials"}]}}},
                  {"name": "Me", "request": {"method": "GET", "url": {"raw": "{{baseUrl}}/2/users/me?user.fields=id",
                    "query": [{"key": "user.fields", "value": "id"}, {"key": "expansions", "value": "pinned_tweet_id", "disabled": true}]},
                    "auth": {"type": "oauth2"}}},
                  {"name": "Open", "request": {"method": "GET", "url": "{{baseUrl}}/2/openapi.json"}}
                 ]}""";
        importText(json);
        importText(export("Mixed"));

        WorkspaceContents contents = store().load();
        List<String> original = requests(contents, "Mixed");
        assertEquals(5, original.size());
        assertEquals(original, requests(contents, "Mixed (2)"));
        assertTrue(original.stream().anyMatch(r -> r.contains("authProfile=My OAuth 1.0a")));
        assertTrue(original.stream().anyMatch(r -> r.contains("authProfile=My basic")));
        assertTrue(original.stream().anyMatch(r -> r.contains("authProfile=My PKCE user")));
    }

    @Test
    void aCredentialInAVariableGoesToTheSecretStoreNotToAnyFile() throws Exception {
        String token = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F";
        CollectionImporter.Summary summary = importText("""
                {"info": {"name": "Leaky"}, "variable": [{"key": "bearer_token", "value": "%s"}],
                 "item": [{"name": "Me", "request": {"url": "https://api.x.com/2/users/me",
                   "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "%s"}]}}}]}""".formatted(token, token));

        assertEquals(List.of(new EnvironmentVariable("bearer_token", token, true)), environment(store().load(), "Leaky").variables());
        assertTrue(summary.notes().stream().anyMatch(n -> n.contains("kept in the credential store")), summary.notes().toString());
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file).contains("MLheAAAAAAA0"), file + " holds the token");
            }
        }
        assertFalse(export("Leaky").contains("MLheAAAAAAA0"), "the export leaves secret values out");
    }

    private static List<String> requests(WorkspaceContents contents, String collection) {
        List<String> all = new ArrayList<>();
        contents.collections().stream().filter(c -> c.name().equals(collection)).forEach(c -> collect(c, "", all));
        return all;
    }

    private static void collect(CollectionFolder folder, String prefix, List<String> into) {
        folder.requests().forEach(r -> into.add(prefix + r.request()));
        folder.folders().forEach(f -> collect(f, prefix + f.name() + "/", into));
    }

    private static Environment environment(WorkspaceContents contents, String name) {
        return contents.environments().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
