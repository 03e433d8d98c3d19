package dev.xinspect.core.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.json.JsonLimits;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shapes objects as X does: default fields only ({@code id}, {@code text}/{@code name}, {@code username}), plus what
 * {@code tweet.fields} and {@code user.fields} ask for, and {@code expansions=author_id} filling {@code includes.users}.
 */
final class Fields {
    static final Set<String> TWEET_FIELDS = Set.of("created_at", "author_id", "lang", "conversation_id", "public_metrics");
    static final Set<String> USER_FIELDS = Set.of("created_at", "description", "protected", "verified", "location", "public_metrics");
    static final Set<String> EXPANSIONS = Set.of("author_id");
    private static final ObjectMapper MAPPER = JsonLimits.mapper();

    private final SandboxData data;

    Fields(SandboxData data) {
        this.data = data;
    }

    /** A Post with the fields asked for; as on X, an expansion also returns the ID it expands ({@code author_id}). */
    ObjectNode tweet(ObjectNode full, SandboxRequest request) {
        Set<String> fields = new java.util.HashSet<>(requested(request, "tweet.fields"));
        requested(request, "expansions").stream().filter(EXPANSIONS::contains).forEach(fields::add);
        return pick(full, List.of("id", "text", "edit_history_tweet_ids"), fields);
    }

    ObjectNode user(ObjectNode full, SandboxRequest request) {
        return pick(full, List.of("id", "name", "username"), requested(request, "user.fields"));
    }

    /** {@code includes.users} for the authors of these Posts when {@code expansions=author_id} was asked for. */
    void expand(ObjectNode body, List<ObjectNode> tweets, SandboxRequest request) {
        if (!requested(request, "expansions").contains("author_id") || tweets.isEmpty()) {
            return;
        }
        Map<String, ObjectNode> authors = new LinkedHashMap<>();
        tweets.forEach(t -> data.user(t.path("author_id").asText()).ifPresent(u -> authors.put(u.path("id").asText(), user(u, request))));
        ArrayNode users = body.putObject("includes").putArray("users");
        authors.values().forEach(users::add);
    }

    static Set<String> requested(SandboxRequest request, String parameter) {
        return request.param(parameter).map(v -> Arrays.stream(v.split(",")).map(String::trim).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private static ObjectNode pick(ObjectNode full, List<String> defaults, Set<String> extra) {
        ObjectNode out = MAPPER.createObjectNode();
        full.properties().forEach(member -> {
            if (defaults.contains(member.getKey()) || extra.contains(member.getKey())) {
                out.set(member.getKey(), member.getValue());
            }
        });
        if (defaults.contains("text") && !out.has("edit_history_tweet_ids")) {
            out.putArray("edit_history_tweet_ids").add(full.path("id").asText());
        }
        return out;
    }
}
