package dev.xinspect.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ExchangeReader;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Errors as people paste them (src/test/resources/corpus/pastes.json, each with its source): SDK wrappers, JavaScript
 * object literals, Python reprs, exception texts. Each must give X's status, finding and checklist.
 */
class PasteCorpusTest {
    private final Diagnoser diagnoser = new Diagnoser(KnowledgeBase.loadBundled(), Clock.systemUTC(), EndpointAuthModes.UNKNOWN, List.of());
    private final ExchangeReader reader = new ExchangeReader();

    private static List<JsonNode> corpus() throws Exception {
        try (InputStream in = PasteCorpusTest.class.getResourceAsStream("/corpus/pastes.json")) {
            List<JsonNode> pastes = new ArrayList<>();
            new ObjectMapper().readTree(in).path("pastes").forEach(pastes::add);
            return pastes;
        }
    }

    @Test
    void everyRealPasteIsReadToXsStatusFindingAndChecklist() throws Exception {
        List<JsonNode> pastes = corpus();
        assertTrue(pastes.size() >= 10, "the corpus shrank");
        for (JsonNode paste : pastes) {
            String source = paste.path("source").asText();
            Exchange exchange = reader.read(paste.path("paste").asText()).get(0);
            Diagnosis diagnosis = diagnoser.diagnose(exchange);
            assertEquals(paste.path("status").asInt(), exchange.response().status(), source);
            List<String> types = diagnosis.findings().stream().map(Finding::type).toList();
            assertTrue(types.contains(paste.path("finding").asText()), source + " " + types);
            assertTrue(diagnosis.checklists().stream().anyMatch(c -> c.id().equals(paste.path("checklist").asText())),
                    source + " " + diagnosis.checklists().stream().map(Checklist::id).toList());
        }
    }

    @Test
    void theHeadersAnSdkPrintedBesideTheBodyAreRead() throws Exception {
        JsonNode wrapper = corpus().stream().filter(p -> p.path("source").asText().contains("devcommunity.x.com/t/192346"))
                .findFirst().orElseThrow();
        Diagnosis diagnosis = diagnoser.diagnose(reader.read(wrapper.path("paste").asText()).get(0));
        assertEquals("read", diagnosis.facts().accessLevel());
        assertEquals("f927dc9a25a07820", diagnosis.facts().transactionId());
    }

    @Test
    void curlVerboseAndPythonHttpClientDumpsGiveTheStatusAndHeaders() throws Exception {
        String curl = "*   Trying 104.244.42.66:443...\n> GET /2/users/me HTTP/2\n> Host: api.x.com\n>\n< HTTP/2 429\n"
                + "< content-type: application/json; charset=utf-8\n< x-rate-limit-remaining: 0\n< x-rate-limit-reset: 1795514400\n<\n"
                + "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}";
        Exchange fromCurl = reader.read(curl).get(0);
        assertEquals(429, fromCurl.response().status());
        assertEquals("0", fromCurl.response().headers().first("x-rate-limit-remaining").orElseThrow());

        String python = "send: b'GET /2/users/me HTTP/1.1\\r\\nHost: api.twitter.com\\r\\n\\r\\n'\nreply: 'HTTP/1.1 401 Unauthorized\\r\\n'\n"
                + "header: content-type: application/problem+json\nheader: x-transaction-id: 0a1b2c\n"
                + "{'title': 'Unauthorized', 'type': 'about:blank', 'status': 401, 'detail': 'Unauthorized'}";
        Exchange fromPython = reader.read(python).get(0);
        assertEquals(401, fromPython.response().status());
        assertEquals("about:blank", diagnoser.diagnose(fromPython).findings().get(0).type());
        assertEquals("0a1b2c", fromPython.response().headers().first("x-transaction-id").orElseThrow());
    }

    /** X's problem with hostile text, printed the ways SDKs print it and wrapped as they wrap it, is found as it was. */
    @Property(tries = 300)
    void aProblemIsFoundWhateverItsPrintingAndWrapping(@ForAll("pastedProblems") Pasted pasted) throws Exception {
        Exchange exchange = reader.read(pasted.text()).get(0);
        assertEquals(pasted.status(), exchange.response().status(), pasted.text());
        Finding first = diagnoser.diagnose(exchange).findings().get(0);
        assertEquals("usage-capped", first.type(), pasted.text());
        assertEquals(pasted.detail(), first.detail(), pasted.text());
    }

    record Pasted(String text, int status, String detail) {
    }

    @Provide
    Arbitrary<Pasted> pastedProblems() {
        Arbitrary<String> detail = Arbitraries.strings().withChars("abc XYZ'\"\\{}[]:,é\t").ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank() && s.strip().equals(s));
        Arbitrary<Integer> style = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> depth = Arbitraries.integers().between(0, 3);
        Arbitrary<String> prefix = Arbitraries.of("", "Error: Request failed with code 429\n", "ApiResponseError: oops\n    at x (y.js:1:2) ",
                "DEBUG:root:got ", "😀 tweepy said ");
        return Combinators.combine(detail, style, depth, prefix).as((d, s, n, p) -> {
            String object = switch (s) {
                case 0 -> "{\"type\":\"https://api.twitter.com/2/problems/usage-capped\",\"title\":\"UsageCapExceeded\",\"detail\":"
                        + new ObjectMapper().getNodeFactory().textNode(d) + ",\"status\":429}";
                case 1 -> "{ type: 'https://api.twitter.com/2/problems/usage-capped', title: 'UsageCapExceeded', detail: '"
                        + d.replace("\\", "\\\\").replace("'", "\\'") + "', status: 429, }";
                default -> "{'type': 'https://api.twitter.com/2/problems/usage-capped', 'title': 'UsageCapExceeded', 'detail': '"
                        + d.replace("\\", "\\\\").replace("'", "\\'") + "', 'status': 429, 'extra': None, 'ok': False}";
            };
            String wrapped = object;
            for (int i = 0; i < n; i++) {
                wrapped = "{ error: true, code: 429, headers: { date: 'Fri, 10 May 2024 14:03:37 UTC' }, data: " + wrapped + " }";
            }
            return new Pasted(p + wrapped, 429, d);
        });
    }
}
