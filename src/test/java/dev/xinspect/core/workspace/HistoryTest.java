package dev.xinspect.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.Redirect;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.Timings;
import dev.xinspect.core.http.TransportFailure;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.storage.StorageException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {
    private static final String BEARER = "AAAAAAAAAAAAAAAAAAAAACANARYhistoryBearer0000000000000001";
    private static final String STORED_SECRET = "CANARYstoredConsumerSecret42";
    private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(AT, ZoneOffset.UTC);

    private History history(int capacity) {
        return new History(capacity, 64, dir, () -> new Redactor(List.of(STORED_SECRET)), clock);
    }

    private static Exchange exchange(String path, int status, String body) {
        return new Exchange(new SentRequest("GET", "https://api.x.com" + path, Headers.of("Authorization", "Bearer " + BEARER), Body.EMPTY),
                new ReceivedResponse(status, "OK", "HTTP/1.1", Headers.of("content-type", "application/json"), Body.ofText(body)),
                null, new Timings(Duration.ofMillis(40), Duration.ofMillis(55)), AT);
    }

    @Test
    void exchangesAreKeptAcrossRunsNewestFirstAndReopenAsSent() throws Exception {
        try (History first = history(10)) {
            first.load();
            first.add(exchange("/2/users/me", 200, "{\"data\":{}}"), AT);
            first.add(Exchange.failed(SentRequest.of("GET", "http://127.0.0.1:1/2/users/me", Headers.EMPTY),
                    new TransportFailure(TransportFailure.Kind.REFUSED, "Connection refused", "")), AT.plusSeconds(1));
        }
        try (History second = history(10)) {
            assertEquals(List.of(), second.load());
            List<History.Entry> entries = second.search("");

            assertEquals(List.of("failed GET http://127.0.0.1:1/2/users/me", "200 GET https://api.x.com/2/users/me"),
                    entries.stream().map(History.Entry::label).toList());
            assertEquals(new History.Entry(1, AT, "200 GET https://api.x.com/2/users/me", 200, "GET", "https://api.x.com/2/users/me", false),
                    entries.get(1));
            Exchange reopened = second.exchange(1);
            assertEquals("Bearer [redacted: bearer token]", reopened.request().headers().first("Authorization").orElseThrow());
            assertEquals("{\"data\":{}}", reopened.response().body().text());
            assertEquals(new Timings(Duration.ofMillis(40), Duration.ofMillis(55)), reopened.timings());
            assertEquals(TransportFailure.Kind.REFUSED, second.exchange(2).failure().kind());
            assertEquals(1, second.search("200 users").size());
        }
    }

    @Test
    void redirectHopsAreKeptAcrossRunsAndRedacted() throws Exception {
        Exchange plain = exchange("/2/users/me", 200, "{}");
        List<Redirect> hops = List.of(new Redirect("GET", "http://api.x.com/2/users/me?access_token=CANARYhop", 301,
                "https://api.x.com/2/users/me", "GET", "https://api.x.com/2/users/me", List.of("Authorization not sent to the new host")));
        try (History first = history(10)) {
            first.load();
            first.add(new Exchange(plain.request(), plain.response(), null, plain.timings(), AT, hops), AT);
        }
        try (History second = history(10)) {
            second.load();
            Redirect reopened = second.exchange(1).redirects().get(0);

            assertEquals(301, reopened.status());
            assertEquals("https://api.x.com/2/users/me", reopened.nextUrl());
            assertEquals(List.of("Authorization not sent to the new host"), reopened.notes());
            assertFalse(reopened.url().contains("CANARY"), reopened.url());
        }
    }

    @Test
    void nothingSecretIsWrittenAndBigBodiesAreCut() throws Exception {
        try (History history = history(10)) {
            history.load();
            History.Entry entry = history.add(exchange("/2/tweets?access_token=CANARYquery", 200,
                    "{\"secret\":\"" + STORED_SECRET + "\",\"pad\":\"" + "x".repeat(200) + "\"}"), AT);

            assertTrue(entry.truncated());
            assertEquals(64, history.exchange(entry.id()).response().body().size());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("CANARY"), file + " holds a secret");
            }
        }
    }

    @Test
    void theOldestLeaveWhenTheHistoryIsFull() throws Exception {
        try (History history = history(2)) {
            history.load();
            for (int i = 1; i <= 3; i++) {
                history.add(exchange("/2/tweets/" + i, 200, "{}"), AT.plusSeconds(i));
            }

            assertEquals(List.of(3L, 2L), history.search("").stream().map(History.Entry::id).toList());
            assertEquals(StorageException.Reason.REMOVED_ELSEWHERE, assertThrows(StorageException.class, () -> history.exchange(1)).reason());
            try (Stream<Path> files = Files.list(dir.resolve("entries"))) {
                assertEquals(2, files.count());
            }
        }
    }

    @Test
    void startUpReadsTheIndexOnlyAndABadEntryIsReportedWhenReopened() throws Exception {
        try (History history = history(10)) {
            history.load();
            history.add(exchange("/2/users/me", 200, "{}"), AT);
            history.add(exchange("/2/tweets/1", 200, "{}"), AT);
        }
        Files.writeString(dir.resolve("entries/1.json"), "{\"id\": 1, \"at\": ");

        try (History history = history(10)) {
            assertEquals(List.of(), history.load());
            assertEquals(2, history.size());
            assertTrue(Files.exists(dir.resolve("entries/1.json")), "load did not even open the entries");

            StorageException unreadable = assertThrows(StorageException.class, () -> history.exchange(1));

            assertEquals("This history entry could not be read and was set aside as 1.json.corrupt-1.", unreadable.getMessage());
            assertEquals("{}", history.exchange(2).response().body().text());
        }
    }

    @Test
    void aCorruptIndexIsSetAsideAndRebuiltFromTheEntries() throws Exception {
        try (History history = history(10)) {
            history.load();
            history.add(exchange("/2/users/me", 200, "{}"), AT);
            history.add(exchange("/2/tweets/1", 404, "{}"), AT.plusSeconds(5));
        }
        Files.writeString(dir.resolve("index.json"), "{\"entries\": [");

        try (History history = history(10)) {
            assertEquals(List.of("The history index could not be read and was set aside as index.json.corrupt-1; it was rebuilt"
                    + " from the 2 stored exchanges."), history.load());
            assertEquals(List.of("404 GET https://api.x.com/2/tweets/1", "200 GET https://api.x.com/2/users/me"),
                    history.search("").stream().map(History.Entry::label).toList());
            assertTrue(Files.exists(dir.resolve("index.json.corrupt-1")));
            assertEquals(3, history.add(exchange("/2/tweets/2", 200, "{}"), AT).id());
        }
    }

    @Test
    void twoInstancesMergeTheirEntries() throws Exception {
        try (History first = history(10); History second = history(10)) {
            first.load();
            second.load();
            first.add(exchange("/2/users/me", 200, "{}"), AT);
            second.add(exchange("/2/tweets/1", 200, "{}"), AT);
            first.add(exchange("/2/tweets/2", 200, "{}"), AT);

            assertEquals(List.of(3L, 2L, 1L), first.search("").stream().map(History.Entry::id).toList());
        }
    }

    @Test
    void inMemoryHistoryKeepsTheExchangeAsItWas() throws Exception {
        History memory = new History(2, 1024);
        History.Entry entry = memory.add(exchange("/2/users/me", 200, "{}"), AT);

        assertEquals("Bearer " + BEARER, memory.exchange(entry.id()).request().headers().first("Authorization").orElseThrow());
        assertEquals(List.of(), memory.load());
    }
}
