package dev.xinspect.core.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's users and Posts (from {@code dev/xinspect/sandbox/data.json}), plus the Posts created while it runs.
 * Objects are full records; {@link Fields} trims them to what a request asked for.
 */
final class SandboxData {
    private final Map<String, ObjectNode> users = new LinkedHashMap<>();
    private final Map<String, ObjectNode> tweets = new LinkedHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1_860_000_000_000_000_000L);
    private final Clock clock;

    SandboxData(Clock clock) {
        this.clock = clock;
        try (InputStream in = SandboxData.class.getResourceAsStream("/dev/xinspect/sandbox/data.json")) {
            JsonNode root = JsonLimits.mapper().readTree(in);
            root.path("users").forEach(u -> users.put(u.path("id").asText(), (ObjectNode) u));
            root.path("tweets").forEach(t -> tweets.put(t.path("id").asText(), (ObjectNode) t));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<ObjectNode> user(String id) {
        return Optional.ofNullable(users.get(id));
    }

    Optional<ObjectNode> userByName(String username) {
        return users.values().stream().filter(u -> u.path("username").asText().equalsIgnoreCase(username)).findFirst();
    }

    synchronized Optional<ObjectNode> tweet(String id) {
        return Optional.ofNullable(tweets.get(id));
    }

    synchronized List<ObjectNode> tweets() {
        return new ArrayList<>(tweets.values());
    }

    boolean isProtected(ObjectNode tweet) {
        return user(tweet.path("author_id").asText()).map(u -> u.path("protected").asBoolean()).orElse(false);
    }

    synchronized ObjectNode create(String authorId, String text) {
        String id = Long.toString(nextId.incrementAndGet());
        ObjectNode tweet = JsonLimits.mapper().createObjectNode().put("id", id).put("text", text).put("author_id", authorId)
                .put("created_at", clock.instant().toString()).put("lang", "en").put("conversation_id", id);
        tweet.putObject("public_metrics").put("retweet_count", 0).put("reply_count", 0).put("like_count", 0).put("quote_count", 0);
        tweets.put(id, tweet);
        return tweet;
    }

    synchronized boolean delete(String id) {
        return tweets.remove(id) != null;
    }
}
