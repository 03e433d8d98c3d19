package dev.xinspect.core.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.sandbox.Route.Access;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The filtered and sample streams and the filtered stream's rules endpoints. Posts are shaped as the REST
 * endpoints shape them: default fields, plus what {@code tweet.fields}, {@code expansions} and {@code user.fields} ask for.
 */
final class StreamEndpoints {
    private static final ObjectMapper MAPPER = JsonLimits.mapper();
    /** The sandbox's workshop user: {@code expansions=author_id} finds it in the sandbox's data. */
    private static final String STREAM_AUTHOR = "1569110312108396544";
    private static final int MAX_TEXT = 280;
    private static final String[] WORDS = {"api", "stream", "rules", "xinspect", "workshop", "hello", "developers", "rate",
            "limits", "sandbox", "posts", "json", "debug", "oauth", "token", "keepalive", "buffer", "reconnect"};

    private final StreamRules rules;
    private final Fields fields;
    private final SandboxOptions options;
    private final ScheduledExecutorService scheduler;
    private final ScenarioSource scenario;
    private final Clock clock;
    private final Set<String> connected = ConcurrentHashMap.newKeySet();
    private final Set<StreamConnection> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong cutOffs = new AtomicLong();
    private final AtomicLong postIds = new AtomicLong(1_880_000_000_000_000_000L);

    StreamEndpoints(StreamRules rules, Fields fields, SandboxOptions options, ScheduledExecutorService scheduler,
                    ScenarioSource scenario) {
        this.rules = rules;
        this.fields = fields;
        this.options = options;
        this.scheduler = scheduler;
        this.scenario = scenario;
        this.clock = options.clock();
    }

    List<Route> routes() {
        Set<String> streamParams = Set.of("tweet.fields", "expansions", "user.fields", "backfill_minutes");
        return List.of(
                new Route("GET", "/2/tweets/search/stream/rules", Access.ANY, 450, Set.of("ids", "max_results"),
                        "List filtered stream rules", (request, caller) -> rules.list()),
                new Route("POST", "/2/tweets/search/stream/rules", Access.ANY, 450, Set.of("dry_run", "delete_all"),
                        "Add or delete filtered stream rules",
                        (request, caller) -> rules.change(request.body(), request.param("dry_run").map("true"::equals).orElse(false))),
                new Route("GET", "/2/tweets/search/stream", Access.ANY, 50, streamParams, "Filtered stream",
                        (request, caller) -> stream(request, "filtered", true)),
                new Route("GET", "/2/tweets/sample/stream", Access.ANY, 50, streamParams, "Sample stream",
                        (request, caller) -> stream(request, "sample", false)));
    }

    private Reply stream(SandboxRequest request, String name, boolean filtered) throws IOException {
        if (filtered && rules.isEmpty()) {
            return Problems.streamConnection(409, "This stream has no rules: add at least one rule before you connect.", null);
        }
        if (!connected.add(name)) {
            return Problems.streamConnection(429, "This stream is currently at the maximum allowed connection limit.",
                    "TooManyConnections");
        }
        String current = scenario.current();
        Random random = new Random(20_261_124L);
        List<ObjectNode> activeRules = filtered ? rules.all() : List.of();
        int endAfter = switch (current) {
            case "operational-disconnect" -> 5;
            case "client-disconnected" -> 0;
            default -> -1;
        };
        String endLine = current.equals("client-disconnected") ? Problems.clientDisconnected()
                : Problems.operationalDisconnect("OperationalDisconnect");
        StreamConnection connection = new StreamConnection(request.exchange, options.streamBuffer(), scheduler,
                () -> post(random, activeRules, request), endAfter, endLine, cutOffs::incrementAndGet, () -> connected.remove(name));
        open.add(connection);
        Duration postInterval = current.equals("slow-trickle") ? options.keepAlive().multipliedBy(3) : options.postInterval();
        try {
            connection.run(options.keepAlive(), postInterval);
        } finally {
            open.remove(connection);
            connected.remove(name);
        }
        return null;
    }

    private String post(Random random, List<ObjectNode> activeRules, SandboxRequest request) {
        StringBuilder text = new StringBuilder();
        int words = 16 + random.nextInt(24);
        for (int i = 0; i < words && text.length() < MAX_TEXT - 12; i++) { // a Post holds at most 280 characters
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        String id = Long.toString(postIds.incrementAndGet());
        ObjectNode full = MAPPER.createObjectNode().put("id", id).put("text", text.toString())
                .put("author_id", STREAM_AUTHOR).put("created_at", clock.instant().toString()).put("lang", "en")
                .put("conversation_id", id);
        full.putArray("edit_history_tweet_ids").add(id);
        full.putObject("public_metrics").put("retweet_count", random.nextInt(50)).put("reply_count", random.nextInt(20))
                .put("like_count", random.nextInt(500)).put("quote_count", random.nextInt(10))
                .put("bookmark_count", random.nextInt(30)).put("impression_count", random.nextInt(20_000));
        ObjectNode line = MAPPER.createObjectNode();
        line.set("data", fields.tweet(full, request));
        fields.expand(line, List.of(full), request);
        if (!activeRules.isEmpty()) {
            ObjectNode rule = activeRules.get(random.nextInt(activeRules.size()));
            ObjectNode match = line.putArray("matching_rules").addObject().put("id", rule.path("id").asText());
            if (rule.has("tag")) {
                match.put("tag", rule.path("tag").asText());
            }
        }
        return line.toString();
    }

    /** How many slow clients were cut off for a full buffer (for tests and the workshop). */
    long cutOffs() {
        return cutOffs.get();
    }

    void closeAll() {
        open.forEach(StreamConnection::close);
    }
}
