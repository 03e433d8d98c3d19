package dev.xinspect.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.FindingSource;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.http.ExchangeReader;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Test;

/**
 * Real stream lines (src/test/resources/corpus/stream-lines.json, each with its source): the console's classifier and
 * {@code explain} read every one the same way.
 */
class StreamLineCorpusTest {
    private final Diagnoser diagnoser = new Diagnoser(KnowledgeBase.loadBundled(), Clock.systemUTC(), EndpointAuthModes.UNKNOWN, List.of());

    private static List<JsonNode> corpus() throws Exception {
        try (InputStream in = StreamLineCorpusTest.class.getResourceAsStream("/corpus/stream-lines.json")) {
            List<JsonNode> lines = new ArrayList<>();
            new ObjectMapper().readTree(in).path("lines").forEach(lines::add);
            return lines;
        }
    }

    @Test
    void theConsoleClassifiesEveryRealLineAsXMeantIt() throws Exception {
        for (JsonNode entry : corpus()) {
            LineClassifier.Classified classified = new LineClassifier().classify(entry.path("line").asText());
            assertEquals(entry.path("kind").asText(), classified.kind().name(), entry.path("source").asText());
            assertEquals(entry.path("note").asText(), classified.note(), entry.path("source").asText());
        }
    }

    @Test
    void theConsolesConnectionReportsEveryLineOfARecordedStreamWithThatKind() throws Exception {
        List<JsonNode> corpus = corpus();
        StringBuilder recorded = new StringBuilder();
        corpus.forEach(entry -> recorded.append(entry.path("line").asText()).append('\n'));
        List<StreamEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ScheduledExecutorService watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            StreamConnection connection = StreamConnection.start(new java.io.ByteArrayInputStream(
                    recorded.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), Clock.systemUTC(), StreamOptions.defaults(),
                    events::add, watchdog);
            assertTrue(connection.awaitClosed(java.time.Duration.ofSeconds(10)));
        } finally {
            watchdog.shutdownNow();
        }
        List<String> kinds = events.stream().map(e -> e.kind().name())
                .filter(k -> !k.equals("CONNECTED") && !k.equals("CLOSED")).toList();
        assertEquals(corpus.stream().map(e -> e.path("kind").asText()).toList(), kinds);
    }

    @Test
    void explainReadsEveryMessageLineToTheSameFindingWithoutTheLookupNote() throws Exception {
        for (JsonNode entry : corpus()) {
            String expected = entry.path("finding").asText();
            if (expected.isEmpty()) {
                continue;
            }
            Diagnosis diagnosis = diagnoser.diagnose(new ExchangeReader().read(entry.path("line").asText()).get(0));
            Finding first = diagnosis.findings().get(0);
            assertEquals(expected, first.type(), entry.path("source").asText());
            if (entry.path("kind").asText().equals("DISCONNECT_MESSAGE")) {
                assertEquals(FindingSource.STREAM, first.source(), entry.path("source").asText());
                assertTrue(diagnosis.notes().stream().noneMatch(n -> n.contains("missing resource")), diagnosis.notes().toString());
                assertTrue(first.checklists().contains("stream-connection"), first.checklists().toString());
            }
        }
    }

    /** Post ids beyond 2^53 are told apart exactly: as doubles, 2^53 and 2^53 + 1 would be one id and a false duplicate. */
    @Property(tries = 200)
    void bareNumericIdsAboveTwoToTheFiftyThreeAreKeptExactly(
            @ForAll @BigRange(min = "9007199254740992", max = "9223372036854775806") java.math.BigInteger id) {
        LineClassifier classifier = new LineClassifier();
        String rule = "\"matching_rules\":[{\"id\":" + id + "}]";
        assertFalse(classifier.classify("{\"data\":{\"id\":" + id + "}," + rule + "}").duplicate());
        assertFalse(classifier.classify("{\"data\":{\"id\":" + id.add(java.math.BigInteger.ONE) + "}," + rule + "}").duplicate());
        assertTrue(classifier.classify("{\"data\":{\"id\":" + id + "}}").duplicate());
    }
}
