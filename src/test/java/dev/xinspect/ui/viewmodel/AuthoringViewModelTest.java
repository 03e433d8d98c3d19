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
        AuthoringViewModel vm = new AuthoringViewModel(() -> store, Runnable::run, Runnable::run);
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
        assertEquals("Send it as the **App**.", vm.instructionsProperty().get());
        vm.moveUp();
        assertEquals(0, vm.selectedProperty().get());
        vm.findOutProperty().set("Which auth modes does /2/users/me accept?");
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

    private static WorkshopStep withExpectation(WorkshopStep step, Expectation expectation) {
        return new WorkshopStep(step.title(), step.instructions(), step.scenario(), step.request(), step.findOut(), step.hints(),
                List.of(expectation));
    }
}
