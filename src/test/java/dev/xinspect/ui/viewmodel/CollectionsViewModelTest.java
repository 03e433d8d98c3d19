package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.secret.FileSecretStore;
import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.workspace.Environment;
import dev.xinspect.core.workspace.SavedHeader;
import dev.xinspect.core.workspace.SavedRequest;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionsViewModelTest {
    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private final List<WorkspaceStore> stores = new ArrayList<>();
    private final List<SavedRequest> opened = new ArrayList<>();
    private final List<List<Environment>> environments = new ArrayList<>();
    private SavedRequest typed = request("{{baseUrl}}/2/users/me");

    private static SavedRequest request(String url) {
        return new SavedRequest("", "GET", url, List.of(new SavedHeader("Accept", "application/json", true)), "", "No auth", "");
    }

    private CollectionsViewModel vm() {
        WorkspaceStore store = new WorkspaceStore(dir.resolve("workspace"), new FileSecretStore(dir.resolve("secrets.json")),
                new LiteralSecrets(Redactor.withoutKnownSecrets()), clock, Duration.ofSeconds(5));
        stores.add(store);
        CollectionsViewModel vm = new CollectionsViewModel(() -> store, () -> typed, opened::add, environments::add,
                Runnable::run, Runnable::run);
        vm.load().join();
        return vm;
    }

    @AfterEach
    void close() throws Exception {
        for (WorkspaceStore store : stores) {
            store.close();
        }
    }

    private static CollectionNode find(CollectionsViewModel vm, String name) {
        List<CollectionNode> queue = new ArrayList<>(vm.collections());
        while (!queue.isEmpty()) {
            CollectionNode node = queue.remove(0);
            if (node.name().equals(name)) {
                return node;
            }
            queue.addAll(node.children());
        }
        throw new AssertionError("no node " + name);
    }

    @Test
    void saveAsThenCtrlSThenReopenAfterARestart() {
        CollectionsViewModel vm = vm();
        assertFalse(vm.hasCurrent());
        assertFalse(vm.save().join());
        assertEquals("This request is not saved yet: choose a collection and a name.", vm.errorProperty().get());

        assertTrue(vm.saveInNewCollection("Users", "Me").join());
        assertEquals("Me", vm.currentNameProperty().get());
        typed = request("{{baseUrl}}/2/users/me?user.fields=created_at");
        assertTrue(vm.save().join());

        CollectionsViewModel restarted = vm();
        assertEquals(List.of("Users"), restarted.collections().stream().map(CollectionNode::name).toList());
        restarted.open(find(restarted, "Me"));

        assertEquals(List.of(new SavedRequest("Me", "GET", "{{baseUrl}}/2/users/me?user.fields=created_at",
                List.of(new SavedHeader("Accept", "application/json", true)), "", "No auth", "")), opened);
        assertEquals(Path.of("collections", "Users", "Me.json"), restarted.currentProperty().get());
        assertEquals(List.of(), environments.get(0));
    }

    @Test
    void filesThatCannotBeReadAreOneBanner() throws Exception {
        CollectionsViewModel vm = vm();
        vm.saveInNewCollection("Users", "Me").join();
        vm.saveInNewCollection("Users", "You").join();
        Files.writeString(dir.resolve("workspace/collections/Users/Me.json"), "{");
        Files.writeString(dir.resolve("workspace/collections/Users/You.json"), "");

        CollectionsViewModel restarted = vm();

        assertTrue(restarted.bannerProperty().get().startsWith("2 workspace files could not be read: collections/Users/Me.json"),
                restarted.bannerProperty().get());
        assertEquals(List.of(), find(restarted, "Users").children());
        restarted.dismiss();
        assertEquals("", restarted.bannerProperty().get());
    }

    @Test
    void aSaveOverAChangeMadeElsewhereOffersReloadOrCopy() {
        CollectionsViewModel mine = vm();
        mine.saveInNewCollection("Users", "Me").join();
        CollectionsViewModel theirs = vm();
        theirs.open(find(theirs, "Me"));
        typed = request("{{baseUrl}}/2/users/me?theirs");
        assertTrue(theirs.save().join());

        typed = request("{{baseUrl}}/2/users/me?mine");
        assertFalse(mine.save().join());

        assertTrue(mine.conflictProperty().get());
        assertTrue(mine.errorProperty().get().contains("changed elsewhere"), mine.errorProperty().get());
        assertTrue(mine.saveAsCopy().join());
        assertEquals("Me (copy)", mine.currentNameProperty().get());
        assertFalse(mine.conflictProperty().get());
        mine.open(find(mine, "Me"));
        assertEquals("{{baseUrl}}/2/users/me?theirs", opened.get(opened.size() - 1).url());
    }

    @Test
    void renameFolderAndDeleteFollowTheOpenRequest() {
        CollectionsViewModel vm = vm();
        vm.newCollection("Users").join();
        assertTrue(vm.newFolder(find(vm, "Users"), "Lookups").join());
        vm.saveAs(find(vm, "Lookups").path(), "By id").join();

        assertTrue(vm.rename(find(vm, "Lookups"), "By ID").join());
        assertEquals(Path.of("collections", "Users", "By ID", "By id.json"), vm.currentProperty().get());
        assertTrue(vm.rename(find(vm, "By id"), "One user").join());
        assertEquals("One user", vm.currentNameProperty().get());
        typed = request("{{baseUrl}}/2/users/2244994945");
        assertTrue(vm.save().join(), vm.errorProperty().get());

        assertTrue(vm.delete(find(vm, "Users")).join());
        assertFalse(vm.hasCurrent());
        assertEquals(List.of(), vm.collections());
        assertEquals(List.of(), vm.folders());
    }
}
