package dev.xinspect.core.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExchangeReaderTest {
    private final ExchangeReader reader = new ExchangeReader();

    @Test
    void readsCurlDashIOutputOverHttp2() throws UnreadableInputException {
        Exchange exchange = reader.read("HTTP/2 401\r\ncontent-type: application/problem+json\r\nx-transaction-id: t1\r\n\r\n"
                + "{\n  \"title\": \"Unauthorized\"\n}\n\nsecond paragraph").get(0);

        assertEquals(401, exchange.response().status());
        assertEquals("HTTP/2", exchange.response().httpVersion());
        assertEquals(Optional.of("t1"), exchange.response().headers().first("X-Transaction-Id"));
        assertEquals("{\n  \"title\": \"Unauthorized\"\n}\n\nsecond paragraph", exchange.response().body().text());
    }

    @Test
    void theLastHeaderBlockWinsAfterContinueAndRedirects() throws UnreadableInputException {
        String text = "HTTP/1.1 100 Continue\n\nHTTP/1.1 301 Moved Permanently\nlocation: https://api.x.com/2/users/me\n\n"
                + "HTTP/1.1 429 Too Many Requests\nx-rate-limit-remaining: 0\n\n{\"title\":\"Too Many Requests\"}";

        ReceivedResponse response = reader.read(text).get(0).response();

        assertEquals(429, response.status());
        assertEquals("Too Many Requests", response.reason());
        assertEquals(List.of(new Header("x-rate-limit-remaining", "0")), response.headers().list());
    }

    @Test
    void aFilesBytesReadAsTheTextDoesAndTheBodyKeepsItsBytes() throws Exception {
        String[] captures = {
                "HTTP/2 401\r\ncontent-type: application/problem+json\r\nx-transaction-id: t1\r\n\r\n{\n  \"title\": \"Unauthorized\"\n}\n\nsecond",
                "HTTP/1.1 100 Continue\n\nHTTP/1.1 301 Moved Permanently\nlocation: https://api.x.com/2/users/me\n\n"
                        + "HTTP/1.1 429 Too Many Requests\nx-rate-limit-remaining: 0\n\n{\"title\":\"Too Many Requests\"}",
                "\n  HTTP/1.1 204 No Content\r\ndate: Tue, 24 Nov 2026 10:00:00 GMT\r\n",
                "HTTP/1.1 200 OK\n\n{\"data\":{\"text\":\"héllo 🌍\"}}",
                new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/samples/usage-capped-429.http")),
                        StandardCharsets.UTF_8)};
        for (String capture : captures) {
            ReceivedResponse fromText = reader.read(capture).get(0).response();
            ReceivedResponse fromBytes = reader.read(capture.getBytes(StandardCharsets.UTF_8)).get(0).response();
            assertEquals(List.of(fromText.status(), fromText.reason(), fromText.httpVersion(), fromText.headers(), fromText.body().text()),
                    List.of(fromBytes.status(), fromBytes.reason(), fromBytes.httpVersion(), fromBytes.headers(), fromBytes.body().text()), capture);
        }

        byte[] gzipped = {0x1F, (byte) 0x8B, 8, 0, 0, (byte) 0xFF};
        byte[] head = "\uFEFFHTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.UTF_8); // with a byte order mark
        byte[] withBom = java.util.Arrays.copyOf(head, head.length + gzipped.length);
        System.arraycopy(gzipped, 0, withBom, head.length, gzipped.length);
        ReceivedResponse binary = reader.read(withBom).get(0).response();
        assertEquals(200, binary.status());
        assertArrayEquals(gzipped, binary.body().bytes(), "a binary body stays as it was in the file");
    }

    @Test
    void readsEveryEntryOfAHar() throws UnreadableInputException {
        String har = """
                {"log":{"version":"1.2","creator":{"name":"t","version":"1"},"entries":[
                 {"startedDateTime":"2026-11-24T10:00:00.000Z","time":120.5,"timings":{"wait":100},
                  "request":{"method":"GET","url":"https://api.x.com/2/users/me","headers":[{"name":"Accept","value":"*/*"}]},
                  "response":{"status":200,"statusText":"OK","httpVersion":"HTTP/2","headers":[],"content":{"mimeType":"application/json","text":"{\\"data\\":{}}"}}},
                 {"startedDateTime":"2026-11-24T10:00:01.000Z","time":50,
                  "request":{"method":"POST","url":"https://api.x.com/2/tweets","headers":[],"postData":{"mimeType":"application/json","text":"{\\"text\\":\\"hi\\"}"}},
                  "response":{"status":403,"statusText":"Forbidden","httpVersion":"HTTP/2","headers":[{"name":"x-access-level","value":"read"}],"content":{"mimeType":"application/json","encoding":"base64","text":"e30="}}}]}}""";

        List<Exchange> exchanges = reader.read(har);

        assertEquals(2, exchanges.size());
        assertEquals("https://api.x.com/2/users/me", exchanges.get(0).request().url());
        assertEquals(java.time.Instant.parse("2026-11-24T10:00:00Z"), exchanges.get(0).startedAt());
        assertEquals("{\"text\":\"hi\"}", exchanges.get(1).request().body().text());
        assertEquals("{}", exchanges.get(1).response().body().text());
        assertEquals(Optional.of("read"), exchanges.get(1).response().headers().first("x-access-level"));
    }

    @Test
    void readsTheExchangeJsonWithHeadersAsObjectAndBodyAsJson() throws UnreadableInputException {
        Exchange exchange = reader.read("""
                {"request":{"method":"GET","url":"https://api.x.com/2/users/me","headers":{"Authorization":"Bearer x"}},
                 "response":{"status":403,"headers":{"content-type":"application/json"},"body":{"title":"Unsupported Authentication"}}}""").get(0);

        assertEquals("GET", exchange.request().method());
        assertEquals(Optional.of("Bearer x"), exchange.request().headers().first("authorization"));
        assertEquals("{\"title\":\"Unsupported Authentication\"}", exchange.response().body().text());
    }

    @Test
    void aBareProblemBodyWithStatusIsAccepted() throws UnreadableInputException {
        Exchange exchange = reader.read("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}").get(0);

        assertEquals(401, exchange.response().status());
        assertEquals("application/problem+json", exchange.response().mediaType());
    }

    @Test
    void inputThatIsNotAResponseIsRefusedInOneLine() {
        assertEquals("The input is empty.", assertThrows(UnreadableInputException.class, () -> reader.read(" \n")).getMessage());
        assertEquals("This is not a response: expected a status line such as \"HTTP/1.1 429 Too Many Requests\", a HAR "
                + "file, an exchange JSON, or an error as an SDK prints it (a JavaScript object, a Python dict, a debug log).",
                assertThrows(UnreadableInputException.class, () -> reader.read("hello")).getMessage());
        assertEquals("The input starts like JSON but does not parse (line 1, column 8).",
                assertThrows(UnreadableInputException.class, () -> reader.read("{\"a\": 1 ")).getMessage());
        assertThrows(UnreadableInputException.class, () -> reader.read("{\"hello\":\"world\"}"));
        assertThrows(UnreadableInputException.class, () -> reader.read("{\"log\":{\"entries\":[]}}"));
    }
}
