package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.app.CoreWiring;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.sandbox.Scenarios;
import dev.xinspect.core.workshop.ExpectationChecker;
import dev.xinspect.core.workshop.ExpectationResult;
import dev.xinspect.core.workshop.ProgressStore;
import dev.xinspect.core.workshop.WorkshopLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Student mode without a toolkit: a workspace workshop, exchanges handed in as the inspector would show them. */
class StudentViewModelTest {
    private static final String LESSON = """
            {"title": "Lesson", "steps": [
              {"title": "Works", "scenario": "rate-limited", "instructions": "Send it.",
               "request": {"method": "GET", "url": "{{baseUrl}}/2/users/by/username/XDevelopers", "auth": "none"},
               "hints": ["First hint.", "Second hint."], "expect": [{"status": 200}]},
              {"title": "Fails", "request": {"url": "{{baseUrl}}/2/users/me"}, "expect": [{"status": 401}]}
            ]}""";

    @TempDir
    Path folder;
    private final SimpleObjectProperty<Exchange> latest = new SimpleObjectProperty<>();
    private final List<String> scenariosSelected = new ArrayList<>();
    private final RequestViewModel request = new RequestViewModel((sent, auth) -> {
        throw new AssertionError("the student sends, not the panel");
    }, Map::of, List.of(AuthOption.none()), exchange -> { }, Runnable::run, Runnable::run);

    private StudentViewModel student() throws Exception {
        Files.createDirectories(folder.resolve("workspace/workshops"));
        Files.writeString(folder.resolve("workspace/workshops/lesson.json"), LESSON);
        WorkshopViewModel scenarios = new WorkshopViewModel(Scenarios.loadBundled().all(), "normal", scenariosSelected::add);
        StudentViewModel vm = new StudentViewModel(new WorkshopLibrary(Optional.of(folder.resolve("workspace"))),
                new ProgressStore(folder.resolve("workshop-progress.json")),
                new ExpectationChecker(CoreWiring.forThisMachine().diagnoser()), request, scenarios, latest, Runnable::run, Runnable::run);
        vm.workshopProperty().set(vm.workshops().stream().filter(e -> e.workshop().name().equals("lesson")).findFirst().orElseThrow());
        return vm;
    }

    private void send(int status) {
        latest.set(Exchange.of(SentRequest.of("GET", "http://127.0.0.1/2/users/by/username/XDevelopers", Headers.EMPTY),
                ReceivedResponse.of(status, Headers.of("content-type", "application/json"), "{}")));
    }

    @Test
    void startingAStepPreparesTheRequestAndTheScenarioAndChecksWhatIsSentAfter() throws Exception {
        StudentViewModel vm = student();
        assertEquals(7, vm.workshops().size(), "six built in and the workspace's own");
        assertEquals("Works", vm.stepProperty().get().title());
        assertEquals("Step 1 of 2 · 0 passed", vm.positionProperty().get());

        send(200);
        assertTrue(vm.results().isEmpty(), "nothing is checked before Start step");

        vm.startStep();
        assertEquals("{{baseUrl}}/2/users/by/username/XDevelopers", request.urlProperty().get());
        assertEquals(List.of("normal", "rate-limited"), scenariosSelected);

        send(401);
        assertEquals(List.of("✗ status 200: The status is 401, not 200."), vm.results().stream().map(ExpectationResult::line).toList());
        assertFalse(vm.passedProperty().get());
        assertFalse(vm.canGoNextProperty().get());

        send(200);
        assertEquals(List.of("✓ status 200: The status is 200."), vm.results().stream().map(ExpectationResult::line).toList());
        assertTrue(vm.passedProperty().get());
        assertTrue(vm.canGoNextProperty().get());
        assertEquals("Step 1 of 2 · 1 passed", vm.positionProperty().get());

        vm.nextStep();
        assertEquals("Fails", vm.stepProperty().get().title());
        assertFalse(vm.startedProperty().get());
    }

    @Test
    void hintsComeOneAtATime() throws Exception {
        StudentViewModel vm = student();
        assertTrue(vm.canRevealHintProperty().get());
        vm.revealHint();
        assertEquals(List.of("First hint."), vm.hints());
        vm.revealHint();
        assertEquals(List.of("First hint.", "Second hint."), vm.hints());
        assertFalse(vm.canRevealHintProperty().get());
    }

    @Test
    void aRestartResumesWhereTheStudentWas() throws Exception {
        StudentViewModel first = student();
        first.startStep();
        send(200);
        first.nextStep();

        StudentViewModel again = student();
        assertEquals("Fails", again.stepProperty().get().title());
        assertEquals("Step 2 of 2 · 1 passed", again.positionProperty().get());
    }
}
