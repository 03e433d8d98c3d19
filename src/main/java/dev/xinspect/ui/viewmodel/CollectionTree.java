package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.workspace.CollectionFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The collections tree the sidebar shows, rebuilt from each read of the workspace, and the saved request behind each
 * request node: what Open puts in the editor, and the version a rename or move must present so a change made
 * elsewhere in between is refused. Used on the FX thread.
 */
final class CollectionTree {
    private final ObservableList<CollectionNode> roots = FXCollections.observableArrayList();
    private final Map<Path, CollectionFolder.RequestEntry> entries = new HashMap<>();

    /** Replaces the tree with the collections as read (already sorted by the store). */
    void show(List<CollectionFolder> collections) {
        Map<Path, CollectionFolder.RequestEntry> requests = new HashMap<>();
        List<CollectionNode> nodes = collections.stream().map(c -> node(c, CollectionNode.Kind.COLLECTION, requests)).toList();
        synchronized (entries) {
            entries.clear();
            entries.putAll(requests);
        }
        roots.setAll(nodes);
    }

    /** The saved request of a request node's file as last read, or null (a folder, or a file gone since). */
    CollectionFolder.RequestEntry entry(Path file) {
        synchronized (entries) {
            return entries.get(file);
        }
    }

    /** Every collection and folder as a target for Save as, labelled with its place: "Tweets / Search". */
    List<CollectionNode> folders() {
        List<CollectionNode> all = new ArrayList<>();
        roots.forEach(c -> addFolders(c, c.name(), all));
        return all;
    }

    /** The collection of that name, ignoring case and outer spaces, as the file system of Windows and macOS would. */
    Optional<Path> collectionNamed(String name) {
        return roots.stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).map(CollectionNode::path).findFirst();
    }

    ObservableList<CollectionNode> roots() {
        return roots;
    }

    private static void addFolders(CollectionNode node, String label, List<CollectionNode> all) {
        all.add(new CollectionNode(node.kind(), label, node.path(), "", List.of()));
        node.children().stream().filter(c -> !c.isRequest()).forEach(c -> addFolders(c, label + " / " + c.name(), all));
    }

    private static CollectionNode node(CollectionFolder folder, CollectionNode.Kind kind, Map<Path, CollectionFolder.RequestEntry> requests) {
        List<CollectionNode> children = new ArrayList<>();
        folder.folders().forEach(f -> children.add(node(f, CollectionNode.Kind.FOLDER, requests)));
        folder.requests().forEach(r -> {
            requests.put(r.path(), r);
            children.add(new CollectionNode(CollectionNode.Kind.REQUEST, r.name(), r.path(), r.request().method(), List.of()));
        });
        return new CollectionNode(kind, folder.name(), folder.path(), "", children);
    }
}
