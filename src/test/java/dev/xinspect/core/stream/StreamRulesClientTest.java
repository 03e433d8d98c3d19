package dev.xinspect.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listing, adding (with and without dry_run) and deleting rules on the sandbox, errors in a 2xx included. */
class StreamRulesClientTest {
    private Sandbox sandbox;
    private StreamRulesClient rules;
    private String url;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        HttpSender sender = new HttpSender(HttpSender.defaultClient(Duration.ofSeconds(5)), Duration.ofSeconds(10), Clock.systemUTC(), "test");
        rules = new StreamRulesClient(request -> sender.send(new dev.xinspect.core.http.SentRequest(request.method(), request.url(),
                request.headers().with("Authorization", "Bearer " + sandbox.credentials().bearerToken()), request.body())));
        url = StreamRulesClient.rulesUrlFor(sandbox.baseUri() + "/2/tweets/search/stream?tweet.fields=created_at");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theRulesUrlIsOnTheStreamsHost() {
        assertEquals(sandbox.baseUri() + "/2/tweets/search/stream/rules", url);
        assertThrows(IllegalArgumentException.class, () -> StreamRulesClient.rulesUrlFor("tweets/search/stream"));
    }

    @Test
    void addListValidateAndDelete() {
        assertEquals("No rules on the stream: the filtered stream answers 409 until one is added.", rules.list(url).summary());

        RulesAnswer dry = rules.add(url, List.of(new StreamRule("", "\"hello world\" lang:en", "")), true);
        assertEquals("Dry run: 1 valid, 0 invalid; nothing was changed.", dry.summary());
        assertEquals(200, dry.exchange().response().status());

        RulesAnswer added = rules.add(url, List.of(new StreamRule("", "\"hello world\" lang:en", "greetings")), false);
        assertEquals("1 created, 0 not created.", added.summary());
        StreamRule rule = added.rules().get(0);
        assertEquals("\"hello world\" lang:en", rule.value());
        assertEquals("greetings", rule.tag());
        assertEquals(List.of(rule), rules.list(url).rules());

        RulesAnswer duplicate = rules.add(url, List.of(new StreamRule("", "\"hello world\" lang:en", "")), false);
        assertEquals(201, duplicate.exchange().response().status());
        assertEquals(List.of("duplicate-rules: \"hello world\" lang:en"), duplicate.errors());
        Diagnosis diagnosis = new Diagnoser(KnowledgeBase.loadBundled(), Clock.systemUTC(), EndpointAuthModes.UNKNOWN,
                StandardHints.all()).diagnose(duplicate.exchange());
        assertEquals("stream-rules", diagnosis.checklistIds().get(0), "a 2xx with errors[] maps to the stream-rules checklist");

        assertEquals("1 deleted, 0 not deleted.", rules.delete(url, List.of(rule.id())).summary());
        assertEquals(List.of(), rules.list(url).rules());
    }
}
