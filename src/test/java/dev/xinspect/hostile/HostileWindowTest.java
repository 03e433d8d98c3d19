package dev.xinspect.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.RateLimitText;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.format.JsonPrettyPrinter;
import dev.xinspect.core.http.ExchangeReader;
import dev.xinspect.core.report.ForumPostDrafter;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.ui.viewmodel.DiagnosisViewModel;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import dev.xinspect.ui.viewmodel.ResponseViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's open and paste paths at view-model level (direct executors, no toolkit) with every generated input:
 * either one sentence in the banner with the pasted text kept, or a response on screen (past the gate when asked) and
 * a diagnosis; never an exception, within seconds.
 */
class HostileWindowTest {
    private static final Executor DIRECT = Runnable::run;
    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.loadBundled();

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> openAndPasteEndInAResponseOrOneSentence() {
        return new HostileInputs(HostileInputs.seed()).all().stream().map(input -> DynamicTest.dynamicTest(input.toString(), () -> {
            Path file = Files.write(dir.resolve("input-" + Integer.toHexString(input.name().hashCode())), input.bytes());
            check(input, window -> window.inspector.open(file).get(30, TimeUnit.SECONDS), "open");
            check(input, window -> {
                window.inspector.pasteTextProperty().set(input.text());
                return window.inspector.paste().get(30, TimeUnit.SECONDS);
            }, "paste");
        }));
    }

    private interface Load {
        Boolean run(Window window) throws Exception;
    }

    private record Window(InspectorViewModel inspector, ResponseViewModel response, DiagnosisViewModel diagnosis) {
        static Window create() {
            Clock clock = Clock.fixed(Instant.ofEpochSecond(1795514400L), ZoneOffset.UTC);
            Redactor redactor = Redactor.withoutKnownSecrets();
            ResponseViewModel response = new ResponseViewModel(KNOWLEDGE, new JsonPrettyPrinter(), redactor, DIRECT, DIRECT);
            DiagnosisViewModel diagnosis = new DiagnosisViewModel(new Diagnoser(KNOWLEDGE, clock, EndpointAuthModes.UNKNOWN,
                    StandardHints.all()), new RateLimitText(clock, ZoneOffset.UTC), DIRECT, DIRECT);
            return new Window(new InspectorViewModel(new ExchangeReader(), response, diagnosis, new ForumPostDrafter(redactor),
                    redactor, DIRECT, DIRECT), response, diagnosis);
        }
    }

    private static void check(HostileInputs.Input input, Load load, String how) throws Exception {
        Window window = Window.create();
        long start = System.nanoTime();
        boolean shown = load.run(window);
        String what = how + " " + input + ": " + window.inspector.errorProperty().get();
        if (!shown) {
            String error = window.inspector.errorProperty().get();
            assertFalse(error.isBlank(), what);
            assertEquals(1, error.lines().count(), what);
            assertFalse(error.contains("Exception"), what);
            if (how.equals("paste")) {
                assertEquals(input.text(), window.inspector.pasteTextProperty().get(), "the pasted text stays");
            }
        } else {
            window.response.showAnyway();
            assertFalse(window.response.statusTextProperty().get().isBlank(), what);
            assertFalse(window.response.body().formattingProperty().get(), what);
            assertNotNull(window.diagnosis.diagnosisProperty().get(), what + ": diagnosed");
        }
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60), what);
    }
}
