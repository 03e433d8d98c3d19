package dev.xinspect.core.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks two JSON trees side by side and lists what changed, was added or was removed, by JSON path. Objects are
 * compared key by key (order does not matter, as in JSON); arrays index by index, since X keeps result order.
 */
public final class JsonDiff {

    public List<Change> diff(JsonNode left, JsonNode right) {
        List<Change> changes = new ArrayList<>();
        walk("$", left, right, changes);
        return changes;
    }

    private void walk(String path, JsonNode left, JsonNode right, List<Change> changes) {
        if (left.isObject() && right.isObject()) {
            walkObjects(path, left, right, changes);
        } else if (left.isArray() && right.isArray()) {
            walkArrays(path, left, right, changes);
        } else if (!left.equals(right)) {
            changes.add(Change.changed(path, left.toString(), right.toString()));
        }
    }

    private void walkObjects(String path, JsonNode left, JsonNode right, List<Change> changes) {
        Set<String> names = new LinkedHashSet<>();
        left.fieldNames().forEachRemaining(names::add);
        right.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String childPath = path + "." + name;
            JsonNode leftChild = left.get(name);
            JsonNode rightChild = right.get(name);
            if (leftChild == null) {
                changes.add(Change.added(childPath, rightChild.toString()));
            } else if (rightChild == null) {
                changes.add(Change.removed(childPath, leftChild.toString()));
            } else {
                walk(childPath, leftChild, rightChild, changes);
            }
        }
    }

    private void walkArrays(String path, JsonNode left, JsonNode right, List<Change> changes) {
        int common = Math.min(left.size(), right.size());
        for (int i = 0; i < common; i++) {
            walk(path + "[" + i + "]", left.get(i), right.get(i), changes);
        }
        for (int i = common; i < right.size(); i++) {
            changes.add(Change.added(path + "[" + i + "]", right.get(i).toString()));
        }
        for (int i = common; i < left.size(); i++) {
            changes.add(Change.removed(path + "[" + i + "]", left.get(i).toString()));
        }
    }
}
