package dev.xinspect.ui.viewmodel;

import java.nio.file.Path;
import java.util.List;

/**
 * A node of the collections tree as the view shows it: a collection, a folder or a saved request (with its method),
 * the file or folder it stands for (relative to the workspace), and its children, already sorted.
 */
public record CollectionNode(Kind kind, String name, Path path, String method, List<CollectionNode> children) {
    /** What a node is; only requests open in the editor, only collections and folders hold others. */
    public enum Kind { COLLECTION, FOLDER, REQUEST }

    public CollectionNode {
        children = List.copyOf(children);
    }

    public boolean isRequest() {
        return kind == Kind.REQUEST;
    }

    @Override
    public String toString() {
        return isRequest() ? method + "  " + name : name;
    }
}
