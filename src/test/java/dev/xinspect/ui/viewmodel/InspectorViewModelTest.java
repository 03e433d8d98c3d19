package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.RateLimitText;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.format.JsonPrettyPrinter;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.ExchangeReader;
import dev.xinspect.core.report.ForumPostDrafter;
import dev.xinspect.core.report.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inspector's view models with direct executors: no toolkit, no threads. */
class InspectorViewModelTest {
    private static final Executor DIRECT = Runnable::run;
    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.loadBundled();
    private static final Redactor REDACTOR = Redactor.withoutKnownSecrets();
    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(1795514400L), ZoneOffset.UTC);
    private final ResponseViewModel response = new ResponseViewModel(KNOWLEDGE, new JsonPrettyPrinter(), REDACTOR, DIRECT, DIRECT);
    private final DiagnosisViewModel diagnosis = new DiagnosisViewModel(
            new Diagnoser(KNOWLEDGE, clock, EndpointAuthModes.UNKNOWN, StandardHints.all()),
            new RateLimitText(clock, ZoneOffset.UTC), DIRECT, DIRECT);
    private final InspectorViewModel inspector = new InspectorViewModel(new ExchangeReader(), response, diagnosis,
            new ForumPostDrafter(REDACTOR), REDACTOR, DIRECT, DIRECT);

    @Test
    void openingAUsageCapped429FillsBothPanels() throws Exception {
        assertTrue(inspector.open(Path.of("src/test/resources/samples/usage-capped-429.http")).get());

        assertEquals("429 Too Many Requests", response.statusTextProperty().get());
        assertEquals(ResponseViewModel.StatusKind.CLIENT_ERROR, response.statusKindProperty().get());
        assertTrue(response.body().prettyIsJsonProperty().get());
        assertTrue(response.body().prettyProperty().get().text().startsWith("{\n  \"account_id\": 1234567890,"));
        assertEquals("429 Too Many Requests", diagnosis.statusTitleProperty().get());
        assertEquals(List.of("usage-caps", "get-help"), diagnosis.checklistsProperty().stream().map(ChecklistState::id).toList());
        assertEquals("14 of 15 requests left in the 15m window; resets 2026-11-24 10:12:00 UTC (2026-11-24 10:12:00 local, in 12 min 0 s)",
                diagnosis.rateLimitProperty().get());
    }

    @Test
    void tickingAnItemIsReportedInPanelOrder() throws Exception {
        inspector.open(Path.of("src/test/resources/samples/usage-capped-429.http")).get();
        ChecklistState usageCaps = diagnosis.checklistsProperty().get(0);

        usageCaps.items().get(2).tickedProperty().set(true);
        usageCaps.items().get(0).tickedProperty().set(true);

        assertEquals(List.of(usageCaps.items().get(0), usageCaps.items().get(2)), diagnosis.tickedItems());
    }

    @Test
    void unreadablePasteKeepsTheTextAndSaysWhyInOneSentence() throws Exception {
        inspector.pasteTextProperty().set("<html>not a response</html>");

        assertFalse(inspector.paste().get());

        assertTrue(inspector.errorProperty().get().startsWith("This is not a response"));
        assertEquals("<html>not a response</html>", inspector.pasteTextProperty().get());
    }

    @Test
    void aMissingFileIsAPlainMessage(@TempDir Path dir) throws Exception {
        assertFalse(inspector.open(dir.resolve("gone.har")).get());

        assertTrue(inspector.errorProperty().get().startsWith("Could not read gone.har"));
    }

    @Test
    void aBodyOverTheGateWaitsUntilAskedFor(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.http");
        String body = "{\"data\":\"" + "x".repeat(ResponseBodyViewModel.GATE_BYTES) + "\"}";
        Files.writeString(big, "HTTP/1.1 200 OK\ncontent-type: application/json\n\n" + body);

        inspector.open(big).get();
        assertTrue(response.gatedProperty().get());
        assertEquals("", response.body().prettyProperty().get().text());

        response.showAnyway();
        assertFalse(response.gatedProperty().get());
        assertTrue(response.body().prettyProperty().get().text().startsWith("{\n  \"data\": \"xxx"));
    }

    @Test
    void aCaptureLargerThanASliceIsHeldInSlicesAndDiagnosed(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.http");
        String body = "{\"errors\":[{\"title\":\"Not Found Error\",\"detail\":\"Could not find user.\"}],\"data\":["
                + "\"é𝕏\",".repeat(Body.SLICE_BYTES / 6) + "0]}";
        Files.writeString(big, "HTTP/1.1 200 OK\ncontent-type: application/json\n\n" + body);

        assertTrue(inspector.open(big).get());

        Body opened = inspector.selectedProperty().get().response().body();
        assertTrue(opened.slices().size() > 1);
        opened.slices().forEach(slice -> assertTrue(slice.bytes().length <= Body.SLICE_BYTES, slice.bytes().length + " bytes"));
        assertEquals(Body.ofText(body), opened);
        assertEquals(List.of("Not Found Error"), diagnosis.findingsProperty().stream().map(f -> f.title()).toList());
    }

    @Test
    void aHarListsEveryEntryAndSelectingOneShowsIt(@TempDir Path dir) throws Exception {
        Path har = dir.resolve("two.har");
        Files.writeString(har, """
                {"log":{"entries":[
                 {"request":{"method":"GET","url":"https://api.x.com/2/users/me","headers":[]},"response":{"status":200,"headers":[],"content":{"text":"{}"}}},
                 {"request":{"method":"POST","url":"https://api.x.com/2/tweets","headers":[]},"response":{"status":503,"headers":[],"content":{"text":""}}}]}}""");

        inspector.open(har).get();
        assertEquals(2, inspector.entriesProperty().size());
        assertEquals("200 OK", response.statusTextProperty().get());

        inspector.selectedProperty().set(inspector.entriesProperty().get(1));

        assertEquals("503 Service Unavailable", response.statusTextProperty().get());
        assertEquals("503  POST /2/tweets  · api.x.com", InspectorViewModel.label(inspector.entriesProperty().get(1)));
        assertEquals("503 Service Unavailable", diagnosis.statusTitleProperty().get());
    }
}
