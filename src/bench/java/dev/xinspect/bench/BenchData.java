package dev.xinspect.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Deterministic X-shaped test data: a {@code GET /2/tweets/search/recent} answer with {@code tweet.fields},
 * {@code expansions=author_id} and {@code includes.users}, minified on one line as the API sends it, with non-ASCII
 * text, emoji and escapes as real Posts carry. The same seed gives the same bytes on every machine.
 */
final class BenchData {
    private static final String[] WORDS = {"api", "stream", "rules", "xinspect", "workshop", "hello", "developers",
            "rate", "limits", "sandbox", "posts", "json", "debug", "oauth", "token", "buffer", "reconnect", "café",
            "naïve", "日本語", "🚀", "résumé", "Zürich", "\\n", "\\\"quoted\\\"", "\\u2026"};
    static final String BEARER = "AAAAAAAAAAAAAAAAAAAAAXinspectBenchBearerToken000000000000000000000000000000000";

    private BenchData() {
    }

    /** A search response body of at least {@code targetBytes} UTF-8 bytes, on one line. */
    static String searchResponse(int targetBytes) {
        Random random = new Random(20_261_124L);
        StringBuilder posts = new StringBuilder(targetBytes + 4096);
        StringBuilder users = new StringBuilder();
        long id = 1_880_000_000_000_000_000L;
        int count = 0;
        posts.append("{\"data\":[");
        while (posts.length() + users.length() + 200 < targetBytes) {
            if (count > 0) {
                posts.append(',');
            }
            String author = Long.toString(1_569_110_312_108_396_544L + random.nextInt(5_000));
            appendPost(posts, random, Long.toString(id + count), author);
            if (count % 4 == 0) {
                users.append(users.isEmpty() ? "" : ",");
                appendUser(users, random, author);
            }
            count++;
        }
        posts.append("],\"includes\":{\"users\":[").append(users).append("]},\"meta\":{\"newest_id\":\"")
                .append(id + count - 1).append("\",\"oldest_id\":\"").append(id).append("\",\"result_count\":")
                .append(count).append(",\"next_token\":\"b26v89c19zqg8o3fr5ucx0z5pqs7fmf3b3e0d9ucmv8t\"}}");
        return posts.toString();
    }

    private static void appendPost(StringBuilder out, Random random, String id, String author) {
        String text = sentence(random, 8 + random.nextInt(30));
        out.append("{\"id\":\"").append(id).append("\",\"text\":\"@XDevelopers ").append(text)
                .append(" https://t.co/x1nSp3cT #xinspect\",\"created_at\":\"2026-11-24T10:")
                .append(String.format("%02d:%02d", random.nextInt(60), random.nextInt(60)))
                .append(".000Z\",\"author_id\":\"").append(author).append("\",\"lang\":\"en\",\"conversation_id\":\"")
                .append(id).append("\",\"edit_history_tweet_ids\":[\"").append(id)
                .append("\"],\"possibly_sensitive\":false,\"reply_settings\":\"everyone\",\"public_metrics\":{\"retweet_count\":")
                .append(random.nextInt(500)).append(",\"reply_count\":").append(random.nextInt(80))
                .append(",\"like_count\":").append(random.nextInt(5_000)).append(",\"quote_count\":").append(random.nextInt(30))
                .append(",\"bookmark_count\":").append(random.nextInt(40)).append(",\"impression_count\":")
                .append(random.nextInt(200_000)).append("},\"entities\":{\"mentions\":[{\"start\":0,\"end\":12,")
                .append("\"username\":\"XDevelopers\",\"id\":\"2244994945\"}],\"urls\":[{\"start\":13,\"end\":36,")
                .append("\"url\":\"https://t.co/x1nSp3cT\",\"expanded_url\":\"https://developer.x.com/en/docs/x-api/")
                .append(random.nextInt(1000)).append("\",\"display_url\":\"developer.x.com/en/docs/x-api/…\"}],")
                .append("\"hashtags\":[{\"start\":37,\"end\":46,\"tag\":\"xinspect\"}]}");
        if (random.nextInt(3) == 0) {
            out.append(",\"referenced_tweets\":[{\"type\":\"replied_to\",\"id\":\"").append(Long.parseLong(id) - 17).append("\"}]");
        }
        out.append('}');
    }

    private static void appendUser(StringBuilder out, Random random, String id) {
        out.append("{\"id\":\"").append(id).append("\",\"name\":\"Bench ").append(WORDS[random.nextInt(WORDS.length)])
                .append("\",\"username\":\"bench_").append(id, id.length() - 6, id.length())
                .append("\",\"created_at\":\"2013-12-14T04:35:55.000Z\",\"verified\":false,\"description\":\"")
                .append(sentence(random, 12)).append("\",\"profile_image_url\":\"https://pbs.twimg.com/profile_images/")
                .append(id).append("/normal.jpg\",\"public_metrics\":{\"followers_count\":").append(random.nextInt(100_000))
                .append(",\"following_count\":").append(random.nextInt(2_000)).append(",\"tweet_count\":")
                .append(random.nextInt(50_000)).append(",\"listed_count\":").append(random.nextInt(300)).append("}}");
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /** The body as a {@code curl -i} capture (status line, headers, blank line, body), as the app opens it. */
    static String capture(String body) {
        return "HTTP/2 200\r\ncontent-type: application/json; charset=utf-8\r\ndate: Tue, 24 Nov 2026 10:00:00 GMT\r\n"
                + "x-rate-limit-limit: 450\r\nx-rate-limit-remaining: 449\r\nx-rate-limit-reset: 1795515300\r\n"
                + "x-access-level: read\r\nx-transaction-id: 4a1b2c3d4e5f6071\r\napi-version: 2.167\r\n\r\n" + body;
    }

    /** Writes the capture and the bare body of a {@code megabytes} response into {@code dir}, once. */
    static Fixture files(Path dir, int megabytes) throws IOException {
        Path capture = dir.resolve("search-" + megabytes + "mb.http");
        Path body = dir.resolve("search-" + megabytes + "mb.json");
        if (!Files.exists(capture) || !Files.exists(body)) {
            Files.createDirectories(dir);
            String json = searchResponse(megabytes * 1024 * 1024);
            Files.writeString(body, json, StandardCharsets.UTF_8);
            Files.writeString(capture, capture(json), StandardCharsets.UTF_8);
        }
        return new Fixture(capture, body);
    }

    /** A capture for the app and the same body alone for {@code jq}. */
    record Fixture(Path capture, Path body) {
    }
}
