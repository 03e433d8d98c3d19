package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.compare.Change;
import dev.xinspect.core.compare.ExchangeComparison;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.workspace.History;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryViewModelTest {
    private final List<String> reopened = new ArrayList<>();
    private final HistoryViewModel vm = new HistoryViewModel(new History(3, 16),
            Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC), (exchange, label) -> reopened.add(label),
            Runnable::run, Runnable::run);

    private static Exchange exchange(String url, int status, String body) {
        return Exchange.of(SentRequest.of("GET", url, Headers.EMPTY), ReceivedResponse.of(status, Headers.EMPTY, body));
    }

    @Test
    void newestFirstBoundedAndSearchable() {
        for (int i = 1; i <= 4; i++) {
            vm.record(exchange("https://api.x.com/2/tweets/" + i, i == 4 ? 429 : 200, "{}"));
        }

        assertEquals(List.of("429 GET /2/tweets/4 · api.x.com", "200 GET /2/tweets/3 · api.x.com",
                "200 GET /2/tweets/2 · api.x.com"), vm.entries().stream().map(HistoryItem::label).toList(), "the path first, the host last");
        vm.queryProperty().set("429 tweets");
        assertEquals(1, vm.entries().size());
        assertEquals("10:00:00", vm.entries().get(0).time());
    }

    @Test
    void largeBodiesAreCutAndReopeningSaysSo() {
        vm.record(exchange("https://api.x.com/2/users/me", 200, "{\"data\":\"" + "x".repeat(100) + "\"}"));

        vm.reopen(vm.entries().get(0));

        assertEquals(List.of("200 GET /2/users/me · api.x.com (body cut in history)"), reopened);
    }

    @Test
    void twoEntriesCompareAsAJsonDiff() {
        vm.record(exchange("https://api.x.com/2/tweets/1", 200, "{\"a\":1}"));
        vm.record(exchange("https://api.x.com/2/tweets/1", 200, "{\"a\":2}"));

        ExchangeComparison comparison = vm.compare(List.of(vm.entries().get(1), vm.entries().get(0))).join().orElseThrow();

        assertEquals(List.of(Change.changed("$.a", "1", "2")), comparison.bodyChanges());
        assertTrue(vm.compare(List.of(vm.entries().get(0))).join().isEmpty());
    }

    @Test
    void aProblemReadingOneEntryGoesOnceAnotherIsReadFine() {
        vm.record(exchange("https://api.x.com/2/users/me", 200, "{}"));

        vm.reopen(new HistoryItem(99, "09:59:00", "200 GET /2/users/gone · api.x.com", false)).join();
        assertEquals("That exchange is no longer in the history.", vm.problemProperty().get());

        vm.reopen(vm.entries().get(0)).join();
        assertEquals("", vm.problemProperty().get(), "the line spoke about the other entry");
        assertEquals(List.of("200 GET /2/users/me · api.x.com"), reopened);
    }
}
