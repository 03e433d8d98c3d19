package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.app.CoreWiring;
import dev.xinspect.core.auth.profile.SandboxProfileBook;
import dev.xinspect.core.auth.secret.FileSecretStore;
import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.workshop.Expectation;
import dev.xinspect.core.workshop.ExpectationChecker;
import dev.xinspect.core.workshop.ExpectationKind;
import dev.xinspect.core.workshop.StepAuth;
import dev.xinspect.core.workshop.StepOutcome;
import dev.xinspect.core.workshop.Workshop;
import dev.xinspect.core.workshop.WorkshopLibrary;
import dev.xinspect.core.workshop.WorkshopRehearsal;
import dev.xinspect.core.workshop.WorkshopStep;
import dev.xinspect.core.workspace.SavedRequest;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher turns a collection into a workshop, edits and reorders it, saves it, and hands it out as a folder. */
class AuthoringViewModelTest {
    @TempDir
    Path dir;
    private WorkspaceStore store;

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private AuthoringViewModel vm() throws Exception {
        store = new WorkspaceStore(dir.resolve("workspace"), new FileSecretStore(dir.resolve("secrets.json")),
                new LiteralSecrets(Redactor.withoutKnownSecrets()), Clock.systemUTC(), Duration.ofSeconds(5));
        Path lesson = store.createFolder(WorkspaceStore.COLLECTIONS, "Lesson");
        store.saveNew(lesson, new SavedRequest("Me as the App", "GET", "{{baseUrl}}/2/users/me", List.of(), "",
                SandboxProfileBook.APP_ONLY, "Send it as the **App**."));
        store.saveNew(lesson, new SavedRequest("Look up XDevelopers", "GET", "{{baseUrl}}/2/users/by/username/XDevelopers",
                List.of(), "", SandboxProfileBook.OAUTH1_USER, ""));
        WorkshopRehearsal rehearsal = new WorkshopRehearsal(new ExpectationChecker(CoreWiring.forThisMachine().diagnoser()),
                Clock.systemUTC(), new SecureRandom());
        AuthoringViewModel vm = new AuthoringViewModel(() -> store, List.of("normal", "rate-limited"), rehearsal::rehearse,
                Runnable::run, Runnable::run);
        vm.loadCollections().join();
        return vm;
    }

    @Test
    void aCollectionBecomesStepsToFillInThatCanBeReorderedEditedSavedAndExported() throws Exception {
        AuthoringViewModel vm = vm();
        assertEquals(List.of("Lesson"), vm.collections());
        vm.newFromCollection("Lesson");
        assertEquals(List.of("Look up XDevelopers", "Me as the App"), vm.steps().stream().map(WorkshopStep::title).toList());
        assertEquals(StepAuth.OAUTH1_USER, vm.steps().get(0).request().auth());
        assertEquals("collections/Lesson/Look up XDevelopers.json", vm.steps().get(0).request().saved());

        vm.selectedProperty().set(1);
        assertEquals("Send it as the **App**.", vm.editor().instructionsProperty().get());
        vm.moveUp();
        assertEquals(0, vm.selectedProperty().get());
        vm.editor().findOutProperty().set("Which auth modes does /2/users/me accept?");
        assertEquals(List.of("Me as the App", "Look up XDevelopers"), vm.steps().stream().map(WorkshopStep::title).toList());
        assertEquals("Which auth modes does /2/users/me accept?", vm.steps().get(0).findOut());

        assertTrue(vm.save().join(), vm.statusProperty().get());
        Workshop saved = new WorkshopLibrary(Optional.of(store.root())).find("Lesson").workshop();
        assertEquals(vm.draft().steps(), saved.steps());

        Path handout = dir.resolve("handout");
        Files.createDirectories(handout);
        assertTrue(vm.export(handout).join(), vm.statusProperty().get());
        assertTrue(Files.isRegularFile(handout.resolve("Lesson/collections/Lesson/Me as the App.json")));
        assertTrue(Files.readString(handout.resolve("Lesson/README.md")).contains("xinspect workshop check workshops/Lesson.json"));

        // The handed-out folder is a workspace of its own: with expectations added, its steps check against the sandbox.
        WorkshopLibrary.Entry exported = new WorkshopLibrary(Optional.empty()).find(handout.resolve("Lesson/workshops/Lesson.json").toString());
        Workshop filledIn = exported.workshop().withSteps(List.of(
                withExpectation(exported.workshop().steps().get(0), new Expectation.Status(403)),
                withExpectation(exported.workshop().steps().get(1), new Expectation.Status(200))));
        List<StepOutcome> outcomes = new WorkshopRehearsal(new ExpectationChecker(CoreWiring.forThisMachine().diagnoser()),
                Clock.systemUTC(), new SecureRandom()).rehearse(filledIn, exported.resolver());
        assertEquals(List.of(true, true), outcomes.stream().map(StepOutcome::holds).toList(), outcomes.toString());
    }

    @Test
    void hintsAndExpectationsAreEditedInTheWindowAndTheRehearsalSaysWhichStepsHold() throws Exception {
        AuthoringViewModel vm = vm();
        vm.newFromCollection("Lesson");
        StepEditorViewModel step = vm.editor();

        step.newHintProperty().set("  Read the status chip first.  ");
        step.addHint();
        step.newHintProperty().set("   ");
        step.addHint();
        step.newHintProperty().set("Then the problem type.");
        step.addHint();
        assertEquals(List.of("Read the status chip first.", "Then the problem type."), vm.steps().get(0).hints());
        step.removeHint(0);
        assertEquals(List.of("Then the problem type."), vm.steps().get(0).hints());

        ExpectationDraftViewModel form = step.expectationDraft();
        form.kindProperty().set(ExpectationKind.STATUS);
        form.firstProperty().set("two hundred");
        step.addExpectation();
        assertEquals("A status is a number from 100 to 599; \"two hundred\" is not one.", form.problemProperty().get());
        assertEquals(List.of(), vm.steps().get(0).expectations());
        form.firstProperty().set("200");
        step.addExpectation();
        form.kindProperty().set(ExpectationKind.JSON_VALUE);
        form.firstProperty().set("$.data.username");
        form.secondProperty().set("XDevelopers");
        step.addExpectation();
        assertEquals(List.of(new Expectation.Status(200), new Expectation.JsonValue("$.data.username", "XDevelopers")),
                vm.steps().get(0).expectations());

        // Edit takes an expectation back into the form; adding it again puts the changed one last.
        step.editExpectation(0);
        assertEquals("200", form.firstProperty().get());
        form.firstProperty().set("404");
        step.addExpectation();
        assertEquals(List.of(new Expectation.JsonValue("$.data.username", "XDevelopers"), new Expectation.Status(404)),
                vm.steps().get(0).expectations());

        step.scenarioProperty().set("rate-limited");
        assertEquals("rate-limited", vm.steps().get(0).scenario());

        // Selecting another step shows its fields without editing the first.
        vm.selectedProperty().set(1);
        assertEquals(List.of(), step.hints());
        vm.editor().expectationDraft().kindProperty().set(ExpectationKind.STATUS);
        vm.editor().expectationDraft().firstProperty().set("403");
        step.addExpectation();
        vm.selectedProperty().set(0);
        assertEquals(List.of("Then the problem type."), step.hints());

        // Step 1 now plays rate-limited and expects 404: the rehearsal says it fails and why; step 2 (403 as the App) holds.
        assertTrue(!vm.rehearse().join());
        assertEquals(List.of(false, true), vm.rehearsal().stream().map(StepOutcome::holds).toList(), vm.rehearsal().toString());
        assertEquals("1 of 2 steps hold on the sandbox; the ✗ steps say why.", vm.statusProperty().get());
        step.scenarioProperty().set("normal");
        assertEquals(List.of(), vm.rehearsal(), "an edit makes the last rehearsal stale");
        step.removeExpectation(1);
        assertTrue(vm.rehearse().join(), vm.rehearsal().toString());
        assertEquals("2 of 2 steps hold on the sandbox.", vm.statusProperty().get());
    }

    @Test
    void theLineAboutTheLastRehearsalOrSaveGoesWithTheNextEdit() throws Exception {
        AuthoringViewModel vm = vm();
        vm.newFromCollection("Lesson");
        assertTrue(vm.save().join(), vm.statusProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Saved as "), vm.statusProperty().get());

        vm.selectedProperty().set(1);
        vm.moveUp();
        assertEquals("", vm.statusProperty().get(), "\"Saved\" spoke about the draft before the move");

        vm.rehearse().join();
        assertTrue(vm.statusProperty().get().contains("steps hold on the sandbox"), vm.statusProperty().get());
        vm.editor().findOutProperty().set("Which auth modes does /2/users/me accept?");
        assertEquals("", vm.statusProperty().get(), "the rehearsal's count spoke about the steps before the edit");
    }

    private static WorkshopStep withExpectation(WorkshopStep step, Expectation expectation) {
        return new WorkshopStep(step.title(), step.instructions(), step.scenario(), step.request(), step.findOut(), step.hints(),
                List.of(expectation));
    }
}
