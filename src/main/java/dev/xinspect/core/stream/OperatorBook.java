package dev.xinspect.core.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/** X's operators as data ({@code dev/xinspect/stream/operators.json}): which exist for rules and for search, which need company. */
record OperatorBook(Set<String> ruleOperators, Set<String> searchOperators, Set<String> conjunctionRequired,
                    Set<String> isValues, Set<String> hasValues) {

    static OperatorBook loadBundled() {
        try (InputStream in = OperatorBook.class.getResourceAsStream("/dev/xinspect/stream/operators.json")) {
            JsonNode root = JsonLimits.mapper().readTree(in);
            return new OperatorBook(set(root, "operators"), set(root, "searchOperators"), set(root, "conjunctionRequired"),
                    set(root, "isValues"), set(root, "hasValues"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> set(JsonNode root, String member) {
        Set<String> values = new HashSet<>();
        root.path(member).forEach(n -> values.add(n.asText()));
        return Set.copyOf(values);
    }
}
