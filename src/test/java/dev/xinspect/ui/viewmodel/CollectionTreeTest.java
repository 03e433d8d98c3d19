package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.xinspect.core.workspace.CollectionFolder;
import dev.xinspect.core.workspace.SavedRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectionTreeTest {
    private static final Path TWEETS = Path.of("collections", "Tweets");
    private static final Path RECENT = TWEETS.resolve("Search").resolve("Recent.json");
    private final CollectionTree tree = new CollectionTree();

    private static CollectionFolder.RequestEntry entry(Path file, String name, String method, String version) {
        return new CollectionFolder.RequestEntry(file, new SavedRequest(name, method, "{{baseUrl}}/2/tweets/search/recent?query=from:XDevelopers",
                List.of(), "", "", ""), version);
    }

    private void showTweets(String version) {
        CollectionFolder search = new CollectionFolder("Search", TWEETS.resolve("Search"), List.of(),
                List.of(entry(RECENT, "Recent", "GET", version)));
        tree.show(List.of(new CollectionFolder("Tweets", TWEETS, List.of(search), List.of(entry(TWEETS.resolve("Post.json"), "Post", "POST", "v1"))),
                new CollectionFolder("Users", Path.of("collections", "Users"), List.of(), List.of())));
    }

    @Test
    void foldersComeBeforeRequestsAndRequestsShowTheirMethod() {
        showTweets("v1");

        CollectionNode tweets = tree.roots().get(0);
        assertEquals(List.of("Search", "POST  Post"), tweets.children().stream().map(CollectionNode::toString).toList());
        assertEquals(List.of("GET  Recent"), tweets.children().get(0).children().stream().map(CollectionNode::toString).toList());
        assertEquals(List.of("Tweets", "Users"), tree.roots().stream().map(CollectionNode::name).toList());
    }

    @Test
    void saveAsTargetsAreEveryCollectionAndFolderByTheirPlace() {
        showTweets("v1");

        assertEquals(List.of("Tweets", "Tweets / Search", "Users"), tree.folders().stream().map(CollectionNode::name).toList());
        assertEquals(Optional.of(Path.of("collections", "Users")), tree.collectionNamed("  users "));
        assertEquals(Optional.empty(), tree.collectionNamed("Spaces"));
    }

    @Test
    void eachReadReplacesTheSavedEntries() {
        showTweets("v1");
        assertEquals("v1", tree.entry(RECENT).version());

        showTweets("v2");
        assertEquals("v2", tree.entry(RECENT).version());
        tree.show(List.of());
        assertNull(tree.entry(RECENT));
        assertEquals(List.of(), tree.roots());
    }
}
