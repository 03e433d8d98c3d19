package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ExchangeReader;
import dev.xinspect.core.report.ForumPostDrafter;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.report.TakenStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForumPostViewModelTest {
    private final List<String> clipboard = new ArrayList<>();

    private ForumPostViewModel editor(String sample, List<TakenStep> steps) throws Exception {
        Exchange exchange = new ExchangeReader().read(Files.readString(Path.of("src/test/resources/samples/" + sample))).get(0);
        Diagnoser diagnoser = new Diagnoser(KnowledgeBase.loadBundled(), Clock.systemUTC(), EndpointAuthModes.UNKNOWN, StandardHints.all());
        Redactor redactor = Redactor.withoutKnownSecrets();
        return new ForumPostViewModel(new ForumPostDrafter(redactor), redactor, exchange, diagnoser.diagnose(exchange),
                steps, clipboard::add);
    }

    @Test
    void aPlainText500IsTitledByItsStatusNotAnInternalSlug() throws Exception {
        ForumPostViewModel vm = editor("plain-text-500.http", List.of());

        String title = vm.markdownProperty().get().lines().findFirst().orElseThrow();
        assertEquals("# 500 Internal Server Error", title);
    }

    @Test
    void wordsTypedIntoDescriptionAndExpectedAreCopiedWithoutRedraft() throws Exception {
        ForumPostViewModel vm = editor("usage-capped-429.http", List.of());

        vm.descriptionProperty().set("My nightly job stopped reading Posts on the 3rd.");
        vm.expectedProperty().set("The recent search results, as on the 2nd.");

        assertTrue(vm.copy());
        assertTrue(clipboard.get(0).contains("My nightly job stopped reading Posts on the 3rd."), clipboard.get(0));
        assertTrue(clipboard.get(0).contains("The recent search results, as on the 2nd."), clipboard.get(0));
    }

    @Test
    void theDraftListsTheTickedStepsAndCopiesWhenClean() throws Exception {
        ForumPostViewModel vm = editor("usage-capped-429.http", List.of(new TakenStep("usage-caps", "Check the monthly usage in the developer portal.")));

        assertTrue(vm.markdownProperty().get().contains("- Check the monthly usage in the developer portal. (`usage-caps`)"));
        assertTrue(vm.copy());
        assertEquals(List.of(vm.markdownProperty().get()), clipboard);
    }

    @Test
    void aSecretTypedIntoThePostStopsTheCopyAndSaysWhere() throws Exception {
        ForumPostViewModel vm = editor("usage-capped-429.http", List.of());
        vm.markdownProperty().set(vm.markdownProperty().get() + "\nMy token: Bearer AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRi\n");

        assertFalse(vm.copy());

        assertEquals(List.of(), clipboard);
        assertTrue(vm.secretWarningsProperty().get(0).contains("looks like a bearer token"), vm.secretWarningsProperty().toString());
        vm.copyAnyway();
        assertEquals(1, clipboard.size());
    }

    @Test
    void theUsersWordsReplaceThePrefilledOnes() throws Exception {
        ForumPostViewModel vm = editor("app-only-on-users-me.json", List.of());
        vm.descriptionProperty().set("My bot cannot read its own profile.");
        vm.expectedProperty().set("My user object.");

        vm.redraft();

        assertTrue(vm.markdownProperty().get().contains("## Description\n\nMy bot cannot read its own profile."));
        assertTrue(vm.markdownProperty().get().contains("## What I expected\n\nMy user object."));
        assertEquals(List.of("authentication"), vm.topicsProperty());
    }
}
