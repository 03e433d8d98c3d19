package dev.xinspect.core.expansion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Joins the Posts of an answer with its {@code includes}: for each Post in {@code data} (one object or an array) its
 * author ({@code author_id} in {@code includes.users}), mentioned users ({@code entities.mentions[].username}),
 * referenced Posts ({@code referenced_tweets[].id} in {@code includes.tweets}), media ({@code attachments.media_keys}
 * in {@code includes.media}), place ({@code geo.place_id} in {@code includes.places}) and polls
 * ({@code attachments.poll_ids} in {@code includes.polls}). An ID with no object is unresolved: X's partial error
 * names it when X could not return it (a deleted Post, a suspended user), otherwise the expansion was not asked.
 * Pure and thread-safe.
 */
public final class PostJoiner {

    /** The joined Posts; empty when {@code data} holds no Posts (no {@code text}), as on a user lookup. */
    public List<JoinedPost> join(JsonNode body) {
        JsonNode data = body.path("data");
        List<JsonNode> posts = new ArrayList<>();
        if (data.isArray()) {
            data.forEach(posts::add);
        } else if (data.isObject()) {
            posts.add(data);
        }
        if (posts.stream().noneMatch(p -> p.has("text"))) {
            return List.of();
        }
        Includes includes = new Includes(body);
        return posts.stream().filter(JsonNode::isObject).map(post -> join(post, includes)).toList();
    }

    private static JoinedPost join(JsonNode post, Includes includes) {
        List<Reference> references = new ArrayList<>();
        text(post, "author_id").ifPresent(id -> references.add(includes.user("author", id, "author_id")));
        for (JsonNode mention : post.path("entities").path("mentions")) {
            text(mention, "username").ifPresent(name -> references.add(includes.userNamed(name)));
        }
        text(post, "in_reply_to_user_id").ifPresent(id -> references.add(includes.user("in reply to", id, "in_reply_to_user_id")));
        for (JsonNode referenced : post.path("referenced_tweets")) {
            text(referenced, "id").ifPresent(id -> references.add(includes.post(referenced.path("type").asText("referenced"), id)));
        }
        for (JsonNode key : post.path("attachments").path("media_keys")) {
            references.add(includes.media(key.asText()));
        }
        for (JsonNode id : post.path("attachments").path("poll_ids")) {
            references.add(includes.poll(id.asText()));
        }
        text(post.path("geo"), "place_id").ifPresent(id -> references.add(includes.place(id)));
        return new JoinedPost(post.path("id").asText(""), post.path("text").asText(""), references);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.asText().isEmpty() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** The answer's {@code includes} by ID, and its partial errors by the ID they name. */
    private static final class Includes {
        private final Map<String, JsonNode> users;
        private final Map<String, JsonNode> usersByName;
        private final Map<String, JsonNode> posts;
        private final Map<String, JsonNode> media;
        private final Map<String, JsonNode> places;
        private final Map<String, JsonNode> polls;
        private final Map<String, String> errors = new HashMap<>();

        Includes(JsonNode body) {
            JsonNode includes = body.path("includes");
            users = index(includes.path("users"), "id", Function.identity());
            usersByName = index(includes.path("users"), "username", name -> name.toLowerCase(java.util.Locale.ROOT));
            posts = index(includes.path("tweets"), "id", Function.identity());
            media = index(includes.path("media"), "media_key", Function.identity());
            places = index(includes.path("places"), "id", Function.identity());
            polls = index(includes.path("polls"), "id", Function.identity());
            for (JsonNode error : body.path("errors")) {
                String detail = error.path("detail").asText(error.path("title").asText(""));
                for (String field : List.of("resource_id", "value")) {
                    text(error, field).ifPresent(id -> errors.putIfAbsent(id, detail));
                }
            }
        }

        private static Map<String, JsonNode> index(JsonNode list, String field, Function<String, String> key) {
            Map<String, JsonNode> byKey = new HashMap<>();
            for (JsonNode item : list) {
                text(item, field).ifPresent(value -> byKey.putIfAbsent(key.apply(value), item));
            }
            return byKey;
        }

        Reference user(String role, String id, String expansion) {
            return resolve(role, id, users.get(id), PostJoiner::userLabel, "includes.users", expansion);
        }

        Reference userNamed(String username) {
            return resolve("mentioned", "@" + username, usersByName.get(username.toLowerCase(java.util.Locale.ROOT)),
                    PostJoiner::userLabel, "includes.users", "entities.mentions.username");
        }

        Reference post(String type, String id) {
            return resolve(type, id, posts.get(id), p -> p.path("text").asText("").replaceAll("\\s+", " "), "includes.tweets",
                    "referenced_tweets.id");
        }

        Reference media(String key) {
            return resolve("media", key, media.get(key), m -> m.path("type").asText("media")
                    + text(m, "url").or(() -> text(m, "preview_image_url")).map(url -> " " + url).orElse(""),
                    "includes.media", "attachments.media_keys");
        }

        Reference poll(String id) {
            return resolve("poll", id, polls.get(id), p -> {
                List<String> options = new ArrayList<>();
                p.path("options").forEach(o -> options.add(o.path("label").asText("") + " (" + o.path("votes").asText("?") + ")"));
                return "poll: " + String.join(", ", options);
            }, "includes.polls", "attachments.poll_ids");
        }

        Reference place(String id) {
            return resolve("place", id, places.get(id), p -> p.path("full_name").asText(p.path("name").asText(id)),
                    "includes.places", "geo.place_id");
        }

        private Reference resolve(String role, String key, JsonNode found, Function<JsonNode, String> label, String where,
                                  String expansion) {
            if (found != null) {
                return new Reference(role, key, label.apply(found), "");
            }
            String bare = key.startsWith("@") ? key.substring(1) : key;
            String error = errors.get(bare);
            return new Reference(role, key, "", error != null ? "X could not return it: " + error
                    : "not in " + where + " (ask expansions=" + expansion + ")");
        }
    }

    private static String userLabel(JsonNode user) {
        String name = user.path("name").asText("");
        return "@" + user.path("username").asText(user.path("id").asText("")) + (name.isEmpty() ? "" : " · " + name);
    }
}
