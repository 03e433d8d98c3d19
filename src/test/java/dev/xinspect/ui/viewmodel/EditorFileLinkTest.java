package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.workspace.CollectionFolder;
import dev.xinspect.core.workspace.SavedHeader;
import dev.xinspect.core.workspace.SavedRequest;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditorFileLinkTest {
    private static final Path USERS = Path.of("collections", "Users");
    private static final Path ME = USERS.resolve("Lookups").resolve("Me.json");
    private final SavedRequest saved = new SavedRequest("Me", "GET", "{{baseUrl}}/2/users/me", List.of(), "", "Bot",
            "Who the token belongs to.");
    private final CollectionTree tree = new CollectionTree();
    private final EditorFileLink link = new EditorFileLink();

    private void linkMe() {
        link.set(new WorkspaceStore.SavedFile(ME, "opened"), saved);
    }

    @Test
    void theOpenFilesVersionIsTheOneTheEditorReadOthersComeFromTheTree() {
        Path you = USERS.resolve("You.json");
        tree.show(List.of(new CollectionFolder("Users", USERS, List.of(),
                List.of(new CollectionFolder.RequestEntry(you, saved.withName("You"), "tree")))));
        linkMe();

        assertEquals("opened", link.versionOf(ME, tree));
        assertEquals("tree", link.versionOf(you, tree));
        assertNull(link.versionOf(USERS.resolve("Gone.json"), tree));
    }

    @Test
    void aRenamedFolderCarriesTheOpenRequestAndARenamedRequestTakesItsName() {
        linkMe();
        link.renamed(USERS.resolve("Lookups"), USERS.resolve("By ID"), null, tree);
        assertEquals(USERS.resolve("By ID").resolve("Me.json"), link.path().get());
        assertEquals("Me", link.name().get());
        assertEquals("opened", link.versionOf(link.file(), tree), "a file the tree has not read keeps the version opened");

        link.renamed(link.file(), USERS.resolve("By ID").resolve("One user.json"), " One user ", tree);
        assertEquals("One user", link.name().get());
        link.renamed(USERS.resolve("Other"), USERS.resolve("Others"), null, tree);
        assertEquals(USERS.resolve("By ID").resolve("One user.json"), link.file());
    }

    @Test
    void moveFollowsOnlyTheOpenRequestAndDeletingAFolderHoldingItUnlinks() {
        linkMe();
        link.moved(USERS.resolve("You.json"), new WorkspaceStore.SavedFile(Path.of("collections", "Other", "You.json"), "v"));
        assertEquals(ME, link.file());
        link.moved(ME, new WorkspaceStore.SavedFile(Path.of("collections", "Other", "Me.json"), "moved"));
        assertEquals(new CollectionsViewModel.Link(new WorkspaceStore.SavedFile(Path.of("collections", "Other", "Me.json"), "moved"), saved),
                link.link());

        link.deleted(USERS);
        assertTrue(link.isSet());
        link.deleted(Path.of("collections", "Other"));
        assertFalse(link.isSet());
        assertNull(link.link());
        assertEquals("", link.name().get());
    }

    @Test
    void anEditedMultipartRequestKeepsItsFormParts() {
        linkMe();
        List<FormPart> parts = List.of(FormPart.file("media", "~/cat.png"), FormPart.text("media_category", "tweet_image"));
        SavedRequest typed = new SavedRequest("", "POST", "{{baseUrl}}/2/media/upload", List.of(), "", "Bot", "", List.of(), parts);

        assertEquals(parts, link.edited(typed, "Upload a cat").parts(), "saving must not drop the form");
    }

    @Test
    void anEditedRequestKeepsTheSavedDescriptionAndATabsLinkComesBack() {
        linkMe();
        SavedRequest typed = new SavedRequest("", "GET", "{{baseUrl}}/2/users/me?user.fields=created_at",
                List.of(new SavedHeader("Accept", "application/json", true)), "", "Bot", "");

        assertEquals(new SavedRequest("Me again", typed.method(), typed.url(), typed.headers(), "", "Bot", "Who the token belongs to."),
                link.edited(typed, "Me again"));

        CollectionsViewModel.Link kept = link.link();
        link.relink(null);
        assertFalse(link.isSet());
        link.relink(kept);
        assertEquals(kept, link.link());
    }
}
