package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.auth.RequestAuthorizer;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.core.stream.RuleLinter;
import dev.xinspect.core.stream.StreamRule;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules editor against the sandbox: lint first, add, list, validate, delete; answers to the diagnosis and timeline. */
class StreamRulesViewModelTest {
    private final List<Exchange> diagnosed = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();
    private Sandbox sandbox;
    private StreamRulesViewModel vm;
    private StreamTarget target;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        target = new StreamTarget(url -> url.replace("{{baseUrl}}", sandbox.baseUri().toString()),
                new RequestAuthorizer(new Oauth1Signer())::authorize, option -> new RequestAuth.Bearer(sandbox.credentials().bearerToken()),
                new AuthOption("Sandbox App", AuthMode.OAUTH2_APP_ONLY, null, "Sandbox App"));
        target.urlProperty().set("{{baseUrl}}/2/tweets/search/stream");
        HttpSender sender = new HttpSender(HttpSender.defaultClient(Duration.ofSeconds(5)), Duration.ofSeconds(10), Clock.systemUTC(), "test");
        vm = new StreamRulesViewModel(sender::send, target, new RuleLinter(), diagnosed::add, changes::add, Runnable::run, Runnable::run);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aRuleIsAddedWithItsTagListedAndRecordedInTheTimeline() {
        vm.valueProperty().set("cat has:images");
        vm.tagProperty().set("cats");

        vm.add().join();

        assertEquals(List.of("cat has:images"), vm.rules().stream().map(StreamRule::value).toList());
        assertEquals("cats", vm.rules().get(0).tag());
        assertEquals("1 created, 0 not created.", vm.messageProperty().get());
        assertEquals(201, diagnosed.get(diagnosed.size() - 1).response().status(), "the add answer stays in the diagnosis");
        assertEquals(List.of("rule added: cat has:images [cats] (id " + vm.rules().get(0).id() + ")"), changes);
        assertEquals("", vm.valueProperty().get());
    }

    @Test
    void theLinterStopsABrokenRuleUntilTheUserAddsAnywayAndThenXsAnswerIsShown() {
        vm.valueProperty().set("(cat OR dog");
        assertEquals(List.of("1 parenthesis is never closed."), vm.lints());

        vm.add().join();
        assertTrue(vm.messageProperty().get().startsWith("Not sent: the linter found 1 problem"));
        assertEquals(List.of(), diagnosed);

        vm.addAnyway().join();
        assertEquals(List.of("invalid-rules: (cat OR dog (1 parenthesis is never closed. (at position 1))"), vm.errors());
        assertTrue(diagnosed.get(0).response().body().text().contains("invalid-rules"));
        assertEquals(List.of(), changes);
    }

    @Test
    void lengthIsLintedForTheChosenAccessLevel() {
        vm.valueProperty().set("a".repeat(600));
        assertEquals(List.of("The rule has 600 characters; your access level allows 512. (at character 513)"), vm.lints());

        vm.levelProperty().set(RuleLinter.Level.PRO);

        assertEquals(List.of(), vm.lints());
    }

    @Test
    void aDuplicateIsLintedOnceTheListIsKnownAndDryRunChangesNothing() {
        vm.valueProperty().set("dog");
        vm.add().join();
        vm.valueProperty().set("dog");

        assertEquals(List.of("This rule is already on the stream."), vm.lints());
        vm.valueProperty().set("bird");
        vm.validate().join();
        assertEquals("Dry run: 1 valid, 0 invalid; nothing was changed.", vm.messageProperty().get());
        assertEquals(1, vm.rules().size());
    }

    @Test
    void selectedRulesAreDeleted() {
        vm.valueProperty().set("dog");
        vm.add().join();
        StreamRule dog = vm.rules().get(0);

        vm.delete(List.of(dog)).join();

        assertEquals(List.of(), vm.rules());
        assertEquals("1 deleted, 0 not deleted.", vm.messageProperty().get());
        assertEquals("rule deleted: dog (id " + dog.id() + ")", changes.get(1));
    }

    @Test
    void theLinterRefusalGoesWhenTheRuleIsEditedAndAnAnswerWhenTheStreamChanges() {
        vm.valueProperty().set("(cat OR dog");
        vm.add().join();
        assertTrue(vm.messageProperty().get().startsWith("Not sent: the linter found 1 problem"));

        vm.valueProperty().set("(cat OR dog)");
        assertEquals("", vm.messageProperty().get(), "the refusal spoke about the rule as it was");

        vm.addAnyway().join();
        assertEquals("1 created, 0 not created.", vm.messageProperty().get());
        target.urlProperty().set("{{baseUrl}}/2/tweets/sample/stream");
        assertEquals("", vm.messageProperty().get(), "the answer spoke about the other stream's rules");
        assertEquals(List.of(), vm.errors());
    }
}
