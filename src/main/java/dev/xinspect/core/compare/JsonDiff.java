package dev.xinspect.core.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks two JSON trees side by side and lists what changed, was added or was removed, by JSON path. Objects are
 * compared key by key (order does not matter, as in JSON). Arrays whose elements are all objects with a scalar
 * {@code id} (X's Posts, users, media keys aside) are matched by id, so a Post that moved or a new one at the top
 * is one change, not a change at every index ({@code $.data[id=20]}); other arrays compare index by index.
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
        if (identified(left) && identified(right)) {
            walkById(path, left, right, changes);
            return;
        }
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

    /** Right's order first (changed and added), then what left had and right lacks. */
    private void walkById(String path, JsonNode left, JsonNode right, List<Change> changes) {
        Map<String, JsonNode> leftById = byId(left);
        Map<String, JsonNode> rightById = byId(right);
        for (Map.Entry<String, JsonNode> entry : rightById.entrySet()) {
            String itemPath = path + "[id=" + entry.getKey() + "]";
            JsonNode before = leftById.get(entry.getKey());
            if (before == null) {
                changes.add(Change.added(itemPath, entry.getValue().toString()));
            } else {
                walk(itemPath, before, entry.getValue(), changes);
            }
        }
        leftById.forEach((id, item) -> {
            if (!rightById.containsKey(id)) {
                changes.add(Change.removed(path + "[id=" + id + "]", item.toString()));
            }
        });
    }

    /** Every element an object with a scalar id, no id twice: matching by id is then unambiguous. */
    private static boolean identified(JsonNode array) {
        if (array.isEmpty()) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode item : array) {
            JsonNode id = item.get("id");
            if (!item.isObject() || id == null || !id.isValueNode() || id.isNull() || !seen.add(id.asText())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        array.forEach(item -> items.put(item.get("id").asText(), item));
        return items;
    }
}
