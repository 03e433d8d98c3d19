package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.stream.RuleLint;
import dev.xinspect.core.stream.RuleLinter;
import dev.xinspect.core.stream.RulesAnswer;
import dev.xinspect.core.stream.StreamRule;
import dev.xinspect.core.stream.StreamRulesClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The filtered stream's rules editor: list, add a value with a tag, delete selected rules, validate with
 * {@code dry_run}. The rule is linted as it is typed (length for the chosen access level, quotes, parentheses,
 * duplicates, operators) and Add waits until the lints are gone or the user adds anyway. Every answer goes to the
 * diagnosis panel (2xx answers with {@code errors[]} map to the {@code stream-rules} checklist); every change goes to
 * the timeline. Requests use the console's URL and credentials.
 */
public final class StreamRulesViewModel {
    private final Function<SentRequest, Exchange> send;
    private final StreamTarget target;
    private final RuleLinter linter;
    private int blockingLints;
    private final Consumer<Exchange> diagnose;
    private final Consumer<String> ruleChanged;
    private final Executor worker;
    private final Executor fxThread;

    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty tag = new SimpleStringProperty("");
    private final ObjectProperty<RuleLinter.Level> level = new SimpleObjectProperty<>(RuleLinter.Level.BASIC);
    private final ObservableList<StreamRule> rules = FXCollections.observableArrayList();
    private final ObservableList<String> lints = FXCollections.observableArrayList();
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canSend = Bindings.createBooleanBinding(() -> !value.get().isBlank() && !busy.get(), value, busy);
    /** The message only refuses the rule as typed ("Not sent: the linter found…"): editing the rule clears it. */
    private boolean refusedAsTyped;

    /** @param send sends a request as it is (the console's sender); the view model adds the credentials */
    public StreamRulesViewModel(Function<SentRequest, Exchange> send, StreamTarget target, RuleLinter linter,
                                Consumer<Exchange> diagnose, Consumer<String> ruleChanged, Executor worker, Executor fxThread) {
        this.send = send;
        this.target = target;
        this.linter = linter;
        this.diagnose = diagnose;
        this.ruleChanged = ruleChanged;
        this.worker = worker;
        this.fxThread = fxThread;
        value.addListener((obs, old, now) -> {
            relint();
            if (refusedAsTyped) {
                say("");
            }
        });
        // The last answer spoke about another stream's rules (or other credentials): it no longer applies.
        javafx.beans.InvalidationListener retargeted = changed -> {
            say("");
            errors.clear();
        };
        target.urlProperty().addListener(retargeted);
        target.authProperty().addListener(retargeted);
        level.addListener((obs, old, now) -> relint());
        rules.addListener((javafx.collections.ListChangeListener<StreamRule>) c -> relint());
    }

    private void relint() {
        List<String> existing = rules.stream().map(StreamRule::value).toList();
        List<RuleLint> found = value.get().isEmpty() ? List.of() : linter.lint(value.get(), level.get(), existing);
        blockingLints = (int) found.stream().filter(RuleLint::blocking).count();
        lints.setAll(found.stream().map(StreamRulesViewModel::text).toList());
    }

    private static String text(RuleLint lint) {
        String text = lint.blocking() ? lint.message() : "Advice: " + lint.message();
        return lint.position() >= 0 ? text + " (at character " + (lint.position() + 1) + ")" : text;
    }

    /** Lists the rules on the stream; the answer goes to the diagnosis panel too. */
    public CompletableFuture<Void> refresh() {
        return run("Listing rules…", (client, url) -> client.list(url), answer -> rules.setAll(answer.rules()), true);
    }

    /** After a change: the list only, so the change's answer stays in the diagnosis panel and the message. */
    private void relist() {
        run(message.get(), (client, url) -> client.list(url), answer -> rules.setAll(answer.rules()), false);
    }

    /** Adds the rule unless the linter found something; then it says so and waits for {@link #addAnyway()}. */
    public CompletableFuture<Void> add() {
        if (blockingLints > 0) {
            say("Not sent: the linter found " + blockingLints + " problem" + (blockingLints == 1 ? "" : "s")
                    + " (below). Fix the rule, or choose Add anyway to see X's answer.");
            refusedAsTyped = true;
            return CompletableFuture.completedFuture(null);
        }
        return addAnyway();
    }

    public CompletableFuture<Void> addAnyway() {
        StreamRule rule = new StreamRule("", value.get(), tag.get().trim());
        return run("Adding the rule…", (client, url) -> client.add(url, List.of(rule), false), answer -> {
            answer.rules().forEach(added -> ruleChanged.accept("rule added: " + describe(added)));
            if (!answer.rules().isEmpty()) {
                value.set("");
                tag.set("");
            }
            relist();
        }, true);
    }

    /** Asks X whether the rule is valid ({@code dry_run=true}); nothing changes on the stream. */
    public CompletableFuture<Void> validate() {
        StreamRule rule = new StreamRule("", value.get(), tag.get().trim());
        return run("Validating…", (client, url) -> client.add(url, List.of(rule), true), answer -> { }, true);
    }

    public CompletableFuture<Void> delete(List<StreamRule> selected) {
        if (selected.isEmpty()) {
            say("Select the rules to delete first.");
            return CompletableFuture.completedFuture(null);
        }
        List<StreamRule> chosen = List.copyOf(selected);
        return run("Deleting…", (client, url) -> client.delete(url, chosen.stream().map(StreamRule::id).toList()), answer -> {
            if (answer.answered()) {
                chosen.forEach(rule -> ruleChanged.accept("rule deleted: " + describe(rule)));
            }
            relist();
        }, true);
    }

    private static String describe(StreamRule rule) {
        return rule.value() + (rule.tag().isEmpty() ? "" : " [" + rule.tag() + "]") + " (id " + rule.id() + ")";
    }

    private interface Call {
        RulesAnswer call(StreamRulesClient client, String rulesUrl);
    }

    private CompletableFuture<Void> run(String doing, Call call, Consumer<RulesAnswer> then, boolean report) {
        StreamTarget.Snapshot snapshot;
        try {
            snapshot = target.snapshot();
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        say(doing);
        StreamRulesClient client = new StreamRulesClient(request -> send.apply(snapshot.authorize().apply(request)));
        return CompletableFuture.supplyAsync(() -> call.call(client, snapshot.rulesUrl()), worker).thenAcceptAsync(answer -> {
            busy.set(false);
            if (report) {
                say(answer.summary());
                errors.setAll(answer.errors());
                diagnose.accept(answer.exchange());
            }
            then.accept(answer);
        }, fxThread);
    }

    private void say(String text) {
        refusedAsTyped = false;
        message.set(text);
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    /** The access level whose rule length applies (512, 1024 or 2048 characters). */
    public ObjectProperty<RuleLinter.Level> levelProperty() {
        return level;
    }

    public ObservableList<StreamRule> rules() {
        return rules;
    }

    public ObservableList<String> lints() {
        return lints;
    }

    /** X's {@code errors[]} of the last answer, one line each ({@code duplicate-rules: cat has:images}). */
    public ObservableList<String> errors() {
        return errors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }
}
