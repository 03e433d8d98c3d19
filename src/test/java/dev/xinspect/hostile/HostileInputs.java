package dev.xinspect.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A generator of hostile inputs for xinspect's readers: deep nesting, huge lines and strings, invalid UTF-8, HARs with
 * 10,000 entries and malformed ones, header floods, a gzip bomb, out-of-range numbers and terminal escapes. Each input
 * is a file as a user might open or paste it. Seeded: the same seed gives the same inputs, and a failure names its seed.
 * Sizes stay inside the test JVM's 2 GB heap.
 */
public final class HostileInputs {
    /** One input: a name that says what is hostile about it, and its bytes. */
    public record Input(String name, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    private static final String ESC = "\u001b";
    /** Real headers from X (the README's usage-capped 429), so a hostile body rides on a response that looks right. */
    private static final String X_HEADERS = "content-type: application/json; charset=utf-8\r\n"
            + "x-transaction-id: 8f3c2a1b9d0e4f56\r\nx-rate-limit-limit: 15\r\nx-rate-limit-remaining: 14\r\n";

    private final Random random;

    /** The seed of this run: {@code -Dxinspect.hostile.seed=N} replays a failure; 15 by default. */
    public static long seed() {
        return Long.getLong("xinspect.hostile.seed", 15);
    }

    public HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    /** Every kind, in a fixed order, each varied by the seed. */
    public List<Input> all() {
        List<Input> inputs = new ArrayList<>();
        inputs.add(raw("deep nesting in a raw response", "HTTP/1.1 200 OK", X_HEADERS, nested(1_001 + random.nextInt(50_000))));
        inputs.add(text("deep nesting as a bare JSON body", "{\"status\":400,\"errors\":" + nested(2_000 + random.nextInt(20_000)) + "}"));
        inputs.add(text("deep nesting in a HAR", har(List.of(entry(200, X_HEADERS_JSON, nested(3_000 + random.nextInt(5_000)))))));
        inputs.add(text("a HAR body string past Jackson's 20 M default",
                har(List.of(entry(200, X_HEADERS_JSON, "{\"data\":[{\"id\":\"1\",\"text\":\"" + "x".repeat(20_000_001 + random.nextInt(1_000)) + "\"}]}")))));
        inputs.add(raw("a 10 MB minified line", "HTTP/2 200", X_HEADERS, minified(10 * 1024 * 1024)));
        inputs.add(raw("a number of 5,000 digits", "HTTP/1.1 200 OK", X_HEADERS, "{\"data\":{\"id\":" + digits(5_000) + "}}"));
        inputs.add(raw("a member name of 100,000 characters", "HTTP/1.1 400 Bad Request", X_HEADERS,
                "{\"" + "n".repeat(100_000) + "\":1,\"title\":\"Invalid Request\"}"));
        inputs.add(new Input("invalid UTF-8 in a raw response", concat(("HTTP/1.1 400 Bad Request\r\n" + X_HEADERS + "\r\n")
                .getBytes(StandardCharsets.UTF_8), invalidUtf8(4_096))));
        inputs.add(new Input("invalid UTF-8 in a HAR", concat("{\"log\":{\"entries\":[{\"response\":{\"status\":200,\"content\":{\"text\":\""
                .getBytes(StandardCharsets.UTF_8), invalidUtf8(2_048), "\"}}}]}}".getBytes(StandardCharsets.UTF_8))));
        inputs.add(new Input("invalid UTF-8 where the status line should be", invalidUtf8(1_024)));
        inputs.add(text("a HAR with 10,000 entries", har(tenThousandEntries())));
        inputs.addAll(malformedHars());
        inputs.add(raw("a flood of 100,000 headers", "HTTP/1.1 429 Too Many Requests", headerFlood(100_000), "{\"title\":\"Too Many Requests\"}"));
        inputs.add(raw("one header of 5 MB", "HTTP/1.1 200 OK", "x-huge: " + "h".repeat(5 * 1024 * 1024) + "\r\n", "{}"));
        inputs.add(new Input("a gzip bomb labelled gzip", concat(("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                + "content-encoding: gzip\r\n\r\n").getBytes(StandardCharsets.UTF_8), gzipBomb(256 * 1024 * 1024))));
        inputs.addAll(outOfRangeNumbers());
        inputs.addAll(terminalEscapes());
        inputs.add(raw("NUL and control characters", "HTTP/1.1 500 Internal Server Error", "content-type: text/plain\r\n",
                "\u0000\u0001\u0002\u0007\b\u007f" + "A".repeat(100) + "\u0000"));
        inputs.add(text("a truncated raw response", "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-len"));
        inputs.add(text("only a status line", "HTTP/1.1 999999999999 Whatever"));
        inputs.add(text("a status line with a negative status", "HTTP/1.1 -429 Negative\r\n\r\n{}"));
        return inputs;
    }

    private static final String X_HEADERS_JSON = "[{\"name\":\"content-type\",\"value\":\"application/json\"}]";

    private static Input text(String name, String text) {
        return new Input(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Input raw(String name, String statusLine, String headers, String body) {
        return text(name, statusLine + "\r\n" + headers + "\r\n" + body);
    }

    private String nested(int depth) {
        boolean arrays = random.nextBoolean();
        StringBuilder text = new StringBuilder(depth * 6);
        for (int i = 0; i < depth; i++) {
            text.append(arrays ? "[" : "{\"a\":");
        }
        text.append("1");
        for (int i = 0; i < depth; i++) {
            text.append(arrays ? "]" : "}");
        }
        return text.toString();
    }

    private String minified(int size) {
        StringBuilder text = new StringBuilder(size + 100).append("{\"data\":[");
        for (int i = 0; text.length() < size; i++) {
            text.append(i == 0 ? "" : ",").append("{\"id\":\"").append(1_860_000_000_000_000_000L + random.nextInt(1_000_000))
                    .append("\",\"text\":\"post ").append(i).append(" \\u00e9\\n\"}");
        }
        return text.append("]}").toString();
    }

    private String digits(int count) {
        StringBuilder text = new StringBuilder(count).append(1 + random.nextInt(9));
        while (text.length() < count) {
            text.append(random.nextInt(10));
        }
        return text.toString();
    }

    private byte[] invalidUtf8(int size) {
        byte[][] broken = {{(byte) 0xC3, 0x28}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}, {(byte) 0xF0, (byte) 0x90, 0x28},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {0x7B}, {0x22}};
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        while (out.size() < size) {
            out.writeBytes(broken[random.nextInt(broken.length)]);
        }
        return out.toByteArray();
    }

    private static String har(List<String> entries) {
        return "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"hostile\",\"version\":\"1\"},\"entries\":["
                + String.join(",", entries) + "]}}";
    }

    private static String entry(int status, String headers, String body) {
        return "{\"startedDateTime\":\"2026-11-24T10:00:00.000Z\",\"time\":12,\"request\":{\"method\":\"GET\","
                + "\"url\":\"https://api.x.com/2/users/me\",\"headers\":[]},\"response\":{\"status\":" + status
                + ",\"statusText\":\"\",\"httpVersion\":\"HTTP/2\",\"headers\":" + headers + ",\"content\":{\"text\":"
                + quote(body) + "}},\"timings\":{\"wait\":10}}";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private List<String> tenThousandEntries() {
        List<String> entries = new ArrayList<>(10_000);
        int[] statuses = {200, 401, 403, 429, 500, 503};
        for (int i = 0; i < 10_000; i++) {
            entries.add(entry(statuses[random.nextInt(statuses.length)], X_HEADERS_JSON, "{\"title\":\"entry " + i + "\"}"));
        }
        return entries;
    }

    private List<Input> malformedHars() {
        return List.of(
                text("a HAR whose entries are not a list", "{\"log\":{\"entries\":{\"response\":{\"status\":200}}}}"),
                text("a HAR entry without a response", har(List.of("{\"request\":{\"method\":\"GET\"}}"))),
                text("a HAR status as text", har(List.of("{\"response\":{\"status\":\"four hundred\"}}"))),
                text("a HAR status of 1e12", har(List.of("{\"response\":{\"status\":1000000000000}}"))),
                text("a HAR status of -1", har(List.of("{\"response\":{\"status\":-1,\"content\":{\"text\":\"{}\"}}}"))),
                text("a HAR with headers as a number", har(List.of("{\"response\":{\"status\":200,\"headers\":42,\"content\":{\"text\":7}}}"))),
                text("a HAR with bad base64", har(List.of("{\"response\":{\"status\":200,\"content\":{\"encoding\":\"base64\",\"text\":\"!!!not base64\"}}}"))),
                text("a HAR with timings of 1e308 and -5", har(List.of("{\"time\":1e308,\"timings\":{\"wait\":-5},\"startedDateTime\":\"year 99999\","
                        + "\"response\":{\"status\":200,\"content\":{\"text\":\"{}\"}}}"))),
                text("a truncated HAR", har(tenThousandEntries().subList(0, 50)).substring(0, 5_000 + random.nextInt(2_000))),
                text("a HAR of only brackets", "{\"log\":" + "[".repeat(100_000)));
    }

    private static String headerFlood(int count) {
        StringBuilder headers = new StringBuilder(count * 24);
        for (int i = 0; i < count; i++) {
            headers.append("x-flood-").append(i).append(": v\r\n");
        }
        return headers.toString();
    }

    /** Gzip members of 1 MB of zeros, one after another (RFC 1952 §2.2 allows several): a small file, a huge body. */
    public static byte[] gzipBomb(long count) {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(member)) {
            gzip.write(new byte[1024 * 1024]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long written = 0; written < count; written += 1024 * 1024) {
            out.writeBytes(member.toByteArray());
        }
        return out.toByteArray();
    }

    private List<Input> outOfRangeNumbers() {
        String resetHuge = Long.toString(Long.MAX_VALUE - random.nextInt(1_000));
        return List.of(
                raw("x-rate-limit-reset near Long.MAX_VALUE", "HTTP/1.1 429 Too Many Requests",
                        "x-rate-limit-limit: 15\r\nx-rate-limit-remaining: 0\r\nx-rate-limit-reset: " + resetHuge + "\r\n", "{}"),
                raw("a negative x-rate-limit-reset", "HTTP/1.1 429 Too Many Requests",
                        "x-rate-limit-limit: 15\r\nx-rate-limit-remaining: 0\r\nx-rate-limit-reset: -" + (1 + random.nextInt(1_000_000)) + "\r\n", "{}"),
                raw("a 40-digit x-rate-limit-reset and limits", "HTTP/1.1 200 OK", "x-rate-limit-limit: " + digits(40)
                        + "\r\nx-rate-limit-remaining: -" + digits(30) + "\r\nx-app-limit-24hour-reset: " + digits(40) + "\r\n", "{}"),
                text("a 20-digit oauth_timestamp", exchangeWithAuthorization(401, "OAuth oauth_consumer_key=\\\"k\\\", "
                        + "oauth_timestamp=\\\"" + digits(20) + "\\\", oauth_signature=\\\"s\\\"")),
                text("a JWT with exp 1e17", exchangeWithAuthorization(401, "Bearer " + jwt("{\"sub\":\"1\",\"exp\":100000000000000000}"))),
                text("a JWT with exp -1e17", exchangeWithAuthorization(401, "Bearer " + jwt("{\"sub\":\"1\",\"exp\":-1e17,\"iat\":1e300}"))),
                text("a JWT with exp as text and aud as a number", exchangeWithAuthorization(401,
                        "Bearer " + jwt("{\"exp\":\"tomorrow\",\"aud\":42,\"nbf\":[1]}"))));
    }

    private static String exchangeWithAuthorization(int status, String authorization) {
        return "{\"request\":{\"method\":\"GET\",\"url\":\"https://api.x.com/2/users/me\",\"headers\":{\"Authorization\":\""
                + authorization + "\"}},\"response\":{\"status\":" + status + ",\"headers\":{\"content-type\":\"application/json\"},"
                + "\"body\":\"{\\\"title\\\":\\\"Unauthorized\\\",\\\"type\\\":\\\"about:blank\\\",\\\"status\\\":401,\\\"detail\\\":\\\"Unauthorized\\\"}\"}}";
    }

    private static String jwt(String payload) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    private List<Input> terminalEscapes() {
        String clear = ESC + "[2J" + ESC + "[H";
        String title = ESC + "]0;pwned" + "\u0007";
        String hyperlink = ESC + "]8;;https://evil.example" + ESC + "\\click" + ESC + "]8;;" + ESC + "\\";
        return List.of(
                raw("terminal escapes in a JSON body", "HTTP/1.1 400 Bad Request", X_HEADERS, "{\"title\":\"" + clear
                        + "Invalid\",\"detail\":\"" + title + "\",\"type\":\"https://api.x.com/2/problems/invalid-request\","
                        + "\"errors\":[{\"message\":\"" + hyperlink + "\"}]}"),
                raw("terminal escapes in the reason and headers", "HTTP/1.1 429 " + clear + "Slow down", "x-transaction-id: "
                        + title + "\r\ncontent-type: text/plain\r\n", ESC + "[31mred" + ESC + "[0m"),
                text("terminal escapes as JSON escapes", "{\"status\":403,\"title\":\"\\u001b[2J\\u001b]0;pwned\\u0007\","
                        + "\"detail\":\"\\u009b31m C1 control\",\"type\":\"about:blank\"}"));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
