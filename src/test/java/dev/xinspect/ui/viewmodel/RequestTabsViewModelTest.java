package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.workspace.OpenTabs;
import dev.xinspect.core.workspace.SavedHeader;
import dev.xinspect.core.workspace.SavedRequest;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request tabs over one editor: each tab keeps its request and response, marks unsaved changes, and comes back at start. */
class RequestTabsViewModelTest {
    private static final SavedRequest FRESH = request("GET", "{{baseUrl}}/2/tweets/search/recent?query=xinspect");

    private SavedRequest inEditor = FRESH;
    private Exchange shown;
    private CollectionsViewModel.Link link;
    private final List<OpenTabs.State> kept = new ArrayList<>();

    @TempDir
    Path folder;

    private static SavedRequest request(String method, String url) {
        return new SavedRequest("", method, url, List.of(), "", "Sandbox App: app-only Bearer", "", List.of());
    }

    private RequestTabsViewModel tabs(OpenTabs.State restored) {
        return new RequestTabsViewModel(new RequestTabsViewModel.Editor(() -> inEditor, opened -> inEditor = opened,
                exchange -> shown = exchange, () -> shown = null, () -> link, now -> link = now), FRESH, restored, kept::add);
    }

    private void type(RequestTabsViewModel tabs, SavedRequest now) {
        inEditor = now;
        tabs.editorChanged();
    }

    private static Exchange answer(int status) {
        return Exchange.of(SentRequest.of("GET", "http://127.0.0.1/2/users/me", Headers.EMPTY),
                ReceivedResponse.of(status, Headers.EMPTY, "{}"));
    }

    @Test
    void eachTabKeepsItsOwnRequestAndResponse() {
        RequestTabsViewModel tabs = tabs(new OpenTabs.State(List.of(), 0));
        type(tabs, request("GET", "{{baseUrl}}/2/users/me"));
        Exchange first = answer(200);
        tabs.answered(first);

        tabs.newTab();
        assertEquals(FRESH, inEditor);
        assertNull(shown, "a new tab has no response yet");
        type(tabs, request("POST", "{{baseUrl}}/2/tweets"));
        tabs.answered(answer(403));

        tabs.select(tabs.tabs().get(0));
        assertEquals("{{baseUrl}}/2/users/me", inEditor.url());
        assertEquals(first, shown);
        assertEquals(List.of("GET /2/users/me", "POST /2/tweets"), tabs.tabs().stream().map(t -> t.titleProperty().get()).toList());
    }

    @Test
    void aTabShowsTheUnsavedMarkerUntilItIsSavedAndAfterItsNextEdit() {
        RequestTabsViewModel tabs = tabs(new OpenTabs.State(List.of(), 0));
        RequestTab tab = tabs.tabs().get(0);
        assertTrue(tab.unsavedProperty().get(), "never saved");

        SavedRequest saved = new SavedRequest("Recent search", FRESH.method(), FRESH.url(), List.of(), "", FRESH.authProfile(), "", List.of());
        link = new CollectionsViewModel.Link(new WorkspaceStore.SavedFile(folder.resolve("recent.json"), "v1"), saved);
        tabs.linked();
        assertFalse(tab.unsavedProperty().get());
        assertEquals("Recent search", tab.titleProperty().get());

        type(tabs, request("GET", FRESH.url() + "&max_results=10"));
        assertTrue(tab.unsavedProperty().get());
    }

    @Test
    void editingOnlyTheFormPartsShowsTheUnsavedMarker() {
        RequestTabsViewModel tabs = tabs(new OpenTabs.State(List.of(), 0));
        RequestTab tab = tabs.tabs().get(0);
        SavedRequest upload = new SavedRequest("Upload", "POST", "{{baseUrl}}/2/media/upload", List.of(), "", "", "",
                List.of(), List.of(FormPart.file("media", "~/cat.png")));
        type(tabs, upload);
        link = new CollectionsViewModel.Link(new WorkspaceStore.SavedFile(folder.resolve("upload.json"), "v1"), upload);
        tabs.linked();
        assertFalse(tab.unsavedProperty().get());

        type(tabs, new SavedRequest("Upload", "POST", upload.url(), List.of(), "", "", "", List.of(),
                List.of(FormPart.file("media", "~/dog.png"))));
        assertTrue(tab.unsavedProperty().get(), "another file is a change to save");
    }

    @Test
    void closingTheShownTabShowsItsNeighbourAndTheLastOneLeavesAFreshTab() {
        RequestTabsViewModel tabs = tabs(new OpenTabs.State(List.of(), 0));
        tabs.newTab();
        type(tabs, request("DELETE", "{{baseUrl}}/2/tweets/20"));

        tabs.close(tabs.tabs().get(1));
        assertEquals(1, tabs.tabs().size());
        assertEquals(FRESH, inEditor);

        tabs.close(tabs.tabs().get(0));
        assertEquals(1, tabs.tabs().size());
        assertEquals(FRESH, inEditor);
    }

    @Test
    void theOpenTabsComeBackAtTheNextStartWithoutTheSecretsTyped() throws Exception {
        RequestTabsViewModel tabs = tabs(new OpenTabs.State(List.of(), 0));
        tabs.newTab();
        type(tabs, new SavedRequest("", "GET", "{{baseUrl}}/2/users/me", List.of(new SavedHeader("Authorization",
                "Bearer AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F", true)),
                "", "", "", List.of()));
        tabs.keep();
        OpenTabs file = new OpenTabs(folder.resolve("open-tabs.json"), Redactor.withoutKnownSecrets());
        file.save(kept.get(0));

        OpenTabs.State restored = file.load();
        assertEquals(2, restored.drafts().size());
        assertEquals(1, restored.selected());
        assertFalse(java.nio.file.Files.readString(folder.resolve("open-tabs.json")).contains("MLheAAAAAAA0"));

        RequestTabsViewModel again = tabs(restored);
        assertEquals(List.of("GET /2/tweets/search/recent", "GET /2/users/me"),
                again.tabs().stream().map(t -> t.titleProperty().get()).toList());
        assertEquals("{{baseUrl}}/2/users/me", inEditor.url());
    }
}
