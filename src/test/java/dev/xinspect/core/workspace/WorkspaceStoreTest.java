package dev.xinspect.core.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.storage.StorageException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceStoreTest {
    private static final Path TWEETS = WorkspaceStore.COLLECTIONS.resolve("Tweets");
    private static final String CANARY = "AAAAAAAAAAAAAAAAAAAAACANARYworkspaceBearer0001";

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private final MemorySecretStore secrets = new MemorySecretStore();

    private Path workspace() {
        return dir.resolve("workspace");
    }

    private WorkspaceStore store() {
        return new WorkspaceStore(workspace(), secrets, new LiteralSecrets(Redactor.withoutKnownSecrets()), clock, Duration.ofSeconds(10));
    }

    private static SavedRequest recentSearch() {
        return new SavedRequest("Recent search", "GET", "{{baseUrl}}/2/tweets/search/recent?query=xinspect",
                List.of(new SavedHeader("Accept", "application/json", true), new SavedHeader("X-Debug", "1", false)), "",
                "Sandbox App: app-only Bearer", "Finds recent Posts");
    }

    private static SavedRequest post(String name, String text) {
        return new SavedRequest(name, "POST", "{{baseUrl}}/2/tweets", List.of(), "{\"text\": \"" + text + "\"}", "", "");
    }

    @Test
    void savedRequestsLoadBackAsATree() throws Exception {
        try (WorkspaceStore store = store()) {
            store.createFolder(WorkspaceStore.COLLECTIONS, "Tweets");
            Path search = store.createFolder(TWEETS, "Search");
            store.saveNew(search, recentSearch());
            store.saveNew(TWEETS, post("Create a Post", "hi"));
        }

        try (WorkspaceStore store = store()) {
            WorkspaceContents contents = store.load();

            assertEquals(List.of(), contents.problems());
            CollectionFolder tweets = contents.collections().get(0);
            assertEquals("Tweets", tweets.name());
            assertEquals(List.of("Create a Post"), tweets.requests().stream().map(CollectionFolder.RequestEntry::name).toList());
            assertEquals(post("Create a Post", "hi"), tweets.requests().get(0).request());
            CollectionFolder search = tweets.folders().get(0);
            assertEquals(TWEETS.resolve("Search"), search.path());
            assertEquals(recentSearch(), search.requests().get(0).request());
            assertEquals(TWEETS.resolve("Search").resolve("Recent search.json"), search.requests().get(0).path());
        }
    }

    @Test
    void queryRowsSwitchedOffAreSavedAndLoadBack() throws Exception {
        SavedRequest withOff = new SavedRequest("Lookup", "GET", "{{baseUrl}}/2/tweets/20?tweet.fields=lang", List.of(), "", "", "",
                List.of(new QueryParam("expansions", "author_id"), new QueryParam("user.fields", "")));
        try (WorkspaceStore store = store()) {
            WorkspaceStore.SavedFile saved = store.saveNew(TWEETS, withOff);
            assertTrue(Files.readString(workspace().resolve(saved.path())).contains("\"disabledQuery\""));
        }
        try (WorkspaceStore store = store()) {
            assertEquals(withOff, store.load().collections().get(0).requests().get(0).request());
        }
    }

    @Test
    void aMultipartBodyIsSavedWithItsRequestAndLoadsBack() throws Exception {
        SavedRequest upload = new SavedRequest("Upload", "POST", "https://api.x.com/2/media/upload", List.of(), "", "", "", List.of(),
                List.of(dev.xinspect.core.http.FormPart.text("command", "INIT"),
                        new dev.xinspect.core.http.FormPart("media", "", "/tmp/photo.jpg", "image/jpeg", "cat.jpg")));
        try (WorkspaceStore store = store()) {
            WorkspaceStore.SavedFile saved = store.saveNew(TWEETS, upload);
            assertTrue(Files.readString(workspace().resolve(saved.path())).contains("\"multipart\""));
        }
        try (WorkspaceStore store = store()) {
            assertEquals(upload, store.load().collections().get(0).requests().get(0).request());
        }
    }

    @Test
    void aRequestFileIsStableDiffFriendlyJson() throws Exception {
        try (WorkspaceStore store = store()) {
            WorkspaceStore.SavedFile saved = store.saveNew(TWEETS, recentSearch());
            Path file = workspace().resolve(saved.path());
            byte[] first = Files.readAllBytes(file);

            assertEquals("""
                    {
                      "name": "Recent search",
                      "method": "GET",
                      "url": "{{baseUrl}}/2/tweets/search/recent?query=xinspect",
                      "headers": [
                        {
                          "name": "Accept",
                          "value": "application/json",
                          "enabled": true
                        },
                        {
                          "name": "X-Debug",
                          "value": "1",
                          "enabled": false
                        }
                      ],
                      "body": "",
                      "authProfile": "Sandbox App: app-only Bearer",
                      "description": "Finds recent Posts"
                    }
                    """, new String(first, StandardCharsets.UTF_8));

            String version = store.save(saved.path(), recentSearch(), saved.version());
            assertArrayEquals(first, Files.readAllBytes(file));
            assertEquals(saved.version(), version);

            SavedRequest edited = new SavedRequest("Recent search", "GET", "{{baseUrl}}/2/tweets/search/recent?query=x",
                    recentSearch().headers(), "", "Sandbox App: app-only Bearer", "Finds recent Posts");
            store.save(saved.path(), edited, version);
            List<String> before = List.of(new String(first, StandardCharsets.UTF_8).split("\n"));
            List<String> after = Files.readAllLines(file);
            List<Integer> changed = new ArrayList<>();
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).equals(after.get(i))) {
                    changed.add(i);
                }
            }
            assertEquals(List.of(3), changed);
            assertFalse(Files.exists(workspace().resolve(".gitignore")) && !Files.readString(workspace().resolve(".gitignore")).contains(".trash/"));
        }
    }

    @Test
    void namesBecomeSafeFileNamesAndComeBack() throws Exception {
        try (WorkspaceStore store = store()) {
            assertEquals(TWEETS.resolve("%2E.%2F..%2Fetc%2Fpasswd.json"), store.saveNew(TWEETS, post("../../etc/passwd", "a")).path());
            assertEquals(TWEETS.resolve("%43ON.json"), store.saveNew(TWEETS, post("CON", "b")).path());
            assertEquals(TWEETS.resolve("Search.json"), store.saveNew(TWEETS, post("Search", "c")).path());
            assertEquals(TWEETS.resolve("search (2).json"), store.saveNew(TWEETS, post("search", "d")).path());
            assertEquals(WorkspaceStore.COLLECTIONS.resolve("a%3Ab%2A"), store.createFolder(WorkspaceStore.COLLECTIONS, "a:b*"));

            WorkspaceContents contents = store.load();
            assertEquals(List.of("a:b*", "Tweets"), contents.collections().stream().map(CollectionFolder::name).toList());
            assertEquals(List.of("../../etc/passwd", "CON", "Search", "search"),
                    contents.collections().get(1).requests().stream().map(CollectionFolder.RequestEntry::name).toList());
            try (Stream<Path> files = Files.walk(dir)) {
                assertTrue(files.allMatch(p -> p.startsWith(workspace()) || p.equals(dir)), "nothing was written outside the workspace");
            }
        }
    }

    @Test
    void aCorruptFileIsSetAsideReportedAndTheRestLoads() throws Exception {
        try (WorkspaceStore store = store()) {
            store.saveNew(TWEETS, post("Good", "fine"));
            store.saveNew(TWEETS, post("Broken", "soon"));
            store.saveNew(TWEETS, post("Empty", "soon"));
            store.saveEnvironment(new Environment("Prod", List.of(new EnvironmentVariable("baseUrl", "https://api.x.com", false))), null);
        }
        Files.writeString(workspace().resolve(TWEETS).resolve("Broken.json"), "{\"name\": \"Broken\", \"method\": ");
        Files.write(workspace().resolve(TWEETS).resolve("Empty.json"), new byte[0]);
        Files.writeString(workspace().resolve("environments/Prod.json"), "[1, 2");

        try (WorkspaceStore store = store()) {
            WorkspaceContents contents = store.load();

            assertEquals(List.of("Good"), contents.collections().get(0).requests().stream().map(CollectionFolder.RequestEntry::name).toList());
            assertEquals(List.of(), contents.environments());
            assertEquals(List.of(
                    "collections/Tweets/Broken.json could not be read (it is not valid JSON (line 1)) and was set aside as Broken.json.corrupt-1; nothing was deleted.",
                    "collections/Tweets/Empty.json could not be read (it is empty) and was set aside as Empty.json.corrupt-1; nothing was deleted.",
                    "environments/Prod.json could not be read (it is not valid JSON (line 1)) and was set aside as Prod.json.corrupt-1; nothing was deleted."),
                    contents.problems());
            assertEquals("{\"name\": \"Broken\", \"method\": ", Files.readString(workspace().resolve(TWEETS).resolve("Broken.json.corrupt-1")));
            assertFalse(Files.exists(workspace().resolve(TWEETS).resolve("Broken.json")));
            assertEquals(List.of(), store.load().problems(), "a file set aside is reported once");
        }
    }

    @Test
    void aTempFileLeftByACrashIsIgnoredAndRemoved() throws Exception {
        try (WorkspaceStore store = store()) {
            store.saveNew(TWEETS, post("Good", "fine"));
        }
        Path leftover = workspace().resolve(TWEETS).resolve(".Good.json.8123456789.tmp");
        Files.writeString(leftover, "{\"name\": \"Go");

        try (WorkspaceStore store = store()) {
            WorkspaceContents contents = store.load();

            assertEquals(List.of(), contents.problems());
            assertEquals(List.of(post("Good", "fine")), contents.collections().get(0).requests().stream()
                    .map(CollectionFolder.RequestEntry::request).toList());
            assertFalse(Files.exists(leftover));
        }
    }

    @Test
    void twoStoresHammeringOneFolderNeverLeaveACorruptOrEmptyFile() throws Exception {
        try (WorkspaceStore setup = store()) {
            setup.saveNew(WorkspaceHammer.COLLECTION, WorkspaceHammer.request("common", 0, 10));
        }
        ConcurrentLinkedQueue<String> bad = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try (WorkspaceStore first = store(); WorkspaceStore second = store()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> writers = new ArrayList<>();
            String[] names = {"first-a", "first-b", "second-a", "second-b"};
            for (int i = 0; i < names.length; i++) {
                WorkspaceStore store = i < 2 ? first : second;
                String who = names[i];
                writers.add(pool.submit(() -> {
                    start.await();
                    return WorkspaceHammer.hammer(store, who, 40, 2_000, line -> { });
                }));
            }
            Future<?> reader = pool.submit(() -> {
                while (writing.get()) {
                    readEveryFile(bad);
                }
                return null;
            });
            start.countDown();
            for (Future<Integer> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            reader.get(10, TimeUnit.SECONDS);

            assertEquals(List.of(), List.copyOf(bad));
            WorkspaceContents contents = first.load();
            assertEquals(List.of(), contents.problems());
            List<String> names2 = contents.collections().get(0).requests().stream().map(CollectionFolder.RequestEntry::name).toList();
            assertEquals(List.of("common", "first-a", "first-b", "second-a", "second-b"), names2);
            for (CollectionFolder.RequestEntry entry : contents.collections().get(0).requests()) {
                if (!entry.name().equals("common")) {
                    assertEquals(WorkspaceHammer.request(entry.name(), 40, 2_000), entry.request(), "each writer's last save is what is on disk");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.walk(workspace())) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    /** Every request file, read while others write: each must be whole JSON, never empty or half. */
    private void readEveryFile(ConcurrentLinkedQueue<String> bad) throws Exception {
        Path folder = workspace().resolve(WorkspaceHammer.COLLECTION);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (java.nio.file.NoSuchFileException e) {
                    continue;
                }
                try {
                    new WorkspaceJson().request(bytes, "x");
                } catch (WorkspaceJson.Unreadable e) {
                    bad.add(file.getFileName() + ": " + e.getMessage() + " (" + bytes.length + " bytes)");
                }
            }
        }
    }

    @Test
    void aSaveOverAFileChangedElsewhereIsRefusedAndReloadOrCopyKeepBoth() throws Exception {
        try (WorkspaceStore mine = store(); WorkspaceStore theirs = store()) {
            WorkspaceStore.SavedFile saved = mine.saveNew(TWEETS, post("Create a Post", "mine v1"));
            CollectionFolder.RequestEntry seen = theirs.load().collections().get(0).requests().get(0);
            theirs.save(seen.path(), post("Create a Post", "theirs v2"), seen.version());

            StorageException refused = assertThrows(StorageException.class,
                    () -> mine.save(saved.path(), post("Create a Post", "mine v2"), saved.version()));

            assertEquals(StorageException.Reason.CHANGED_ELSEWHERE, refused.reason());
            assertEquals("Create a Post.json changed elsewhere since it was opened (another xinspect or an editor); nothing was"
                    + " overwritten. Reload it, or save yours as a copy.", refused.getMessage());
            assertEquals(post("Create a Post", "theirs v2"), mine.reload(saved.path()).request());
            WorkspaceStore.SavedFile copy = mine.saveNew(TWEETS, post("Create a Post (copy)", "mine v2"));
            assertEquals(TWEETS.resolve("Create a Post (copy).json"), copy.path());

            Files.writeString(workspace().resolve(saved.path()), Files.readString(workspace().resolve(saved.path())).replace("v2", "v3"));
            CollectionFolder.RequestEntry reloaded = mine.reload(saved.path());
            assertEquals(post("Create a Post", "theirs v3"), reloaded.request(), "an editor's change is read back");

            theirs.delete(saved.path(), reloaded.version());
            StorageException removed = assertThrows(StorageException.class,
                    () -> mine.save(saved.path(), post("Create a Post", "mine v4"), reloaded.version()));
            assertEquals(StorageException.Reason.REMOVED_ELSEWHERE, removed.reason());
            assertFalse(Files.exists(workspace().resolve(saved.path())), "a refused save writes nothing");
        }
    }

    @Test
    void aReadOnlyFileSystemGivesAClearErrorAndStillLoads() throws Exception {
        Path zip = dir.resolve("workspace.zip");
        try (FileSystem writable = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            Path tweets = writable.getPath("/collections/Tweets");
            Files.createDirectories(tweets);
            Files.write(tweets.resolve("Good.json"), new WorkspaceJson().request(post("Good", "fine")));
        }
        try (FileSystem readOnly = FileSystems.newFileSystem(zip, Map.of("accessMode", "readOnly"));
             WorkspaceStore store = new WorkspaceStore(readOnly.getPath("/"), secrets,
                     new LiteralSecrets(Redactor.withoutKnownSecrets()), clock, Duration.ofSeconds(10))) {
            WorkspaceContents contents = store.load();
            assertEquals(List.of("Good"), contents.collections().get(0).requests().stream().map(CollectionFolder.RequestEntry::name).toList());

            StorageException refused = assertThrows(StorageException.class, () -> store.saveNew(TWEETS, post("New", "x")));

            assertEquals(StorageException.Reason.READ_ONLY, refused.reason());
            assertEquals("The folder / is read-only (or you may not write to it); nothing was saved. Choose another"
                    + " workspace folder in Settings.", refused.getMessage());
        }
    }

    @Test
    void aFolderWithoutWritePermissionGivesAClearError() throws Exception {
        try (WorkspaceStore store = store()) {
            store.saveNew(TWEETS, post("Good", "fine"));
        }
        Path tweets = workspace().resolve(TWEETS);
        Files.setPosixFilePermissions(tweets, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(tweets), "root may write anywhere; the read-only file system test covers this case");
            try (WorkspaceStore store = store()) {
                StorageException refused = assertThrows(StorageException.class, () -> store.saveNew(TWEETS, post("New", "x")));
                assertEquals(StorageException.Reason.READ_ONLY, refused.reason());
            }
        } finally {
            Files.setPosixFilePermissions(tweets, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void secretsNeverReachAWorkspaceFile() throws Exception {
        try (WorkspaceStore store = store()) {
            store.saveEnvironment(new Environment("Prod", List.of(new EnvironmentVariable("baseUrl", "https://api.x.com", false),
                    new EnvironmentVariable("token", CANARY, true))), null);
            store.saveNew(TWEETS, new SavedRequest("Me", "GET", "{{baseUrl}}/2/users/me",
                    List.of(new SavedHeader("Authorization", "Bearer {{token}}", true)), "", "", ""));

            StorageException literal = assertThrows(StorageException.class, () -> store.saveNew(TWEETS, new SavedRequest("Leak",
                    "GET", "https://api.x.com/2/users/me", List.of(new SavedHeader("Authorization", "Bearer " + CANARY, true)), "", "", "")));
            StorageException inUrl = assertThrows(StorageException.class, () -> store.saveNew(TWEETS, new SavedRequest("Leak",
                    "GET", "https://api.x.com/2/users/me?access_token=CANARYquery", List.of(), "", "", "")));
            StorageException inOffRow = assertThrows(StorageException.class, () -> store.saveNew(TWEETS, new SavedRequest("Leak",
                    "GET", "https://api.x.com/2/users/me", List.of(), "", "", "", List.of(new QueryParam("access_token", "CANARYoff")))));
            StorageException inBody = assertThrows(StorageException.class, () -> store.saveNew(TWEETS, new SavedRequest("Leak",
                    "POST", "https://api.x.com/2/oauth2/token", List.of(), "{\"client_secret\": \"CANARYbody\"}", "", "")));
            StorageException unmarked = assertThrows(StorageException.class, () -> store.saveEnvironment(new Environment("Leak",
                    List.of(new EnvironmentVariable("apiKey", "CANARYunmarked", false))), null));

            assertTrue(literal.getMessage().startsWith("Not saved: the Authorization header holds a credential"), literal.getMessage());
            assertTrue(inUrl.getMessage().contains("the access_token parameter"), inUrl.getMessage());
            assertTrue(inBody.getMessage().contains("the client_secret member"), inBody.getMessage());
            assertTrue(unmarked.getMessage().startsWith("The value of {{apiKey}} looks like a credential: tick Secret"), unmarked.getMessage());
            assertTrue(inOffRow.getMessage().contains("the access_token parameter"), inOffRow.getMessage());
            for (StorageException e : List.of(literal, inUrl, inOffRow, inBody, unmarked)) {
                assertFalse(e.getMessage().contains("CANARY"), "the message names the place, not the secret");
            }
            assertEquals(Map.of("environment/Prod/token", CANARY), secrets.values);
            assertEquals(Map.of("baseUrl", "https://api.x.com", "token", CANARY), store().load().environments().get(0).values());
        }
        try (Stream<Path> files = Files.walk(workspace())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("CANARY"), file + " holds a secret");
            }
        }
        assertTrue(Files.readString(workspace().resolve("environments/Prod.json")).contains("\"name\": \"token\",\n      \"secret\": true"));
    }

    @Test
    void environmentsRenameAndDeleteMoveTheirSecrets() throws Exception {
        try (WorkspaceStore store = store()) {
            store.saveEnvironment(new Environment("Staging", List.of(new EnvironmentVariable("token", "s3cret-value", true),
                    new EnvironmentVariable("old", "gone-soon", true))), null);
            store.saveEnvironment(new Environment("Prod", List.of(new EnvironmentVariable("token", "s3cret-value", true))), "Staging");

            assertEquals(Map.of("environment/Prod/token", "s3cret-value"), secrets.values);
            assertEquals(List.of("Prod"), store.load().environments().stream().map(Environment::name).toList());
            assertTrue(Files.exists(workspace().resolve("environments/Prod.json")));
            assertFalse(Files.exists(workspace().resolve("environments/Staging.json")));

            store.deleteEnvironment("Prod");

            assertEquals(Map.of(), secrets.values);
            assertEquals(List.of(), store.load().environments());
        }
        try (Stream<Path> trash = Files.walk(workspace().resolve(".trash"))) {
            assertEquals(List.of("Prod.json"), trash.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void renameMoveAndDeleteLoseNothing() throws Exception {
        try (WorkspaceStore store = store()) {
            WorkspaceStore.SavedFile saved = store.saveNew(TWEETS, post("Draft", "hello"));
            WorkspaceStore.SavedFile renamed = store.rename(saved.path(), "Create a Post", saved.version());
            assertEquals(TWEETS.resolve("Create a Post.json"), renamed.path());
            assertEquals(post("Create a Post", "hello"), store.reload(renamed.path()).request());

            Path archive = store.createFolder(WorkspaceStore.COLLECTIONS, "Archive");
            WorkspaceStore.SavedFile moved = store.move(renamed.path(), archive, renamed.version());
            assertEquals(archive.resolve("Create a Post.json"), moved.path());
            assertThrows(StorageException.class, () -> store.createFolder(WorkspaceStore.COLLECTIONS, "archive"));

            Path trashed = store.delete(moved.path(), moved.version());
            assertEquals(Path.of(".trash", "20261124-100000-000", "collections", "Archive", "Create a Post.json"), trashed);
            assertEquals(post("Create a Post", "hello"), new WorkspaceJson().request(Files.readAllBytes(workspace().resolve(trashed)), "x"));
            Path folderTrashed = store.delete(TWEETS, null);
            assertEquals(Path.of(".trash", "20261124-100000-000", "collections", "Tweets"), folderTrashed);
            assertEquals(List.of("Archive"), store.load().collections().stream().map(CollectionFolder::name).toList());
        }
    }

    @Test
    void aRequestMustHaveANameAndACollection() throws Exception {
        try (WorkspaceStore store = store()) {
            assertEquals(StorageException.Reason.REFUSED, assertThrows(StorageException.class,
                    () -> store.saveNew(TWEETS, post(" ", "x"))).reason());
            assertEquals(StorageException.Reason.REFUSED, assertThrows(StorageException.class,
                    () -> store.saveNew(WorkspaceStore.COLLECTIONS, post("Loose", "x"))).reason());
            assertThrows(IllegalArgumentException.class, () -> store.saveNew(Path.of("collections", "..", "..", "x"), post("Out", "x")));
            assertFalse(Files.exists(workspace()), "nothing was created");
        }
    }
}
