package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.OAuthException;
import dev.xinspect.core.auth.Pkce;
import dev.xinspect.core.auth.oauth2.BrowserSignIn;
import dev.xinspect.core.auth.oauth2.PkceAttempt;
import dev.xinspect.core.auth.profile.CredentialsUnavailableException;
import dev.xinspect.core.auth.profile.FlowStep;
import dev.xinspect.core.auth.profile.ProfileBook;
import dev.xinspect.core.auth.profile.ProfileFlows;
import dev.xinspect.core.auth.profile.ProfileStatus;
import dev.xinspect.core.auth.profile.SavedProfileBook;
import dev.xinspect.core.format.HttpText;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.report.Redactor;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Auth tab: the picker's options (no auth, the sandbox's identities, the user's profiles), what the selected
 * profile holds (never its values), and the flows that fill it (mint a Bearer token, PKCE sign-in, refresh, revoke,
 * OAuth 1.0a PIN), each step appended to a timeline with its HTTP call redacted. Secrets are read and flows run on
 * the worker; results come back on the FX thread.
 */
public final class AuthViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final ObservableList<AuthOption> options;
    private final ObjectProperty<AuthOption> selected;
    private final List<ProfileBook> books;
    private final SavedProfileBook saved;
    private final ProfileFlows flows;
    private final Redactor redactor;
    private final Clock clock;
    private final Executor worker;
    private final Executor fxThread;

    private final ReadOnlyObjectWrapper<ProfileStatus> status = new ReadOnlyObjectWrapper<>(ProfileStatus.none());
    private final ReadOnlyObjectWrapper<AuthMode> mode = new ReadOnlyObjectWrapper<>(AuthMode.NONE);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canMint = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canInvalidate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRefresh = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRevoke = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper storeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper awaitingRedirect = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper awaitingPin = new ReadOnlyBooleanWrapper();
    private final ObservableList<FlowStepItem> steps = FXCollections.observableArrayList();
    private PkceAttempt attempt;
    private BrowserSignIn running;
    private ProfileFlows.Oauth1Pending pending;

    /**
     * @param options  the request editor's picker, filled here
     * @param selected the request editor's choice
     * @param books    the books to list, in order (the sandbox's first); {@code saved} is the editable one among them
     */
    public AuthViewModel(ObservableList<AuthOption> options, ObjectProperty<AuthOption> selected, List<ProfileBook> books,
                         SavedProfileBook saved, ProfileFlows flows, Redactor redactor, Clock clock, Executor worker,
                         Executor fxThread) {
        this.options = options;
        this.selected = selected;
        this.books = List.copyOf(books);
        this.saved = saved;
        this.flows = flows;
        this.redactor = redactor;
        this.clock = clock;
        this.worker = worker;
        this.fxThread = fxThread;
        selected.addListener((obs, old, now) -> {
            if (now != null && !now.equals(old)) { // null only for a moment while the list is replaced
                forgetPendingSignIn();
                refreshStatus();
            }
        });
    }

    /** Lists every book's profiles again (after an edit), keeping the current choice when it still exists. */
    public CompletableFuture<Void> reload() {
        return CompletableFuture.supplyAsync(() -> {
            List<AuthOption> all = new ArrayList<>();
            for (ProfileBook book : books) {
                book.profiles().forEach(profile -> all.add(AuthOption.of(book, profile)));
            }
            all.add(AuthOption.none());
            all.add(AuthOption.asInHeaders());
            return all;
        }, worker).handleAsync((all, failure) -> {
            if (failure != null) {
                error.set(messageOf(failure));
                return null;
            }
            AuthOption current = selected.get();
            options.setAll(all);
            selected.set(all.stream().filter(o -> o.equals(current)).findFirst().orElse(all.stream().filter(o -> current != null
                    && o.book() == current.book() && java.util.Objects.equals(o.profile(), current.profile())).findFirst().orElse(all.get(0))));
            refreshStatus();
            return null;
        }, fxThread).thenApply(ignored -> null);
    }

    /** Reads what the selected profile holds, off the FX thread. */
    public CompletableFuture<Void> refreshStatus() {
        AuthOption option = selected.get();
        if (option == null || option.isNone()) {
            show(ProfileStatus.none());
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(() -> ProfileStatus.of(option.book(), option.book().require(option.profile()),
                option.book() == saved), worker).handleAsync((snapshot, failure) -> {
            if (option == selected.get()) {
                if (failure != null) {
                    error.set(messageOf(failure));
                } else {
                    show(snapshot);
                }
            }
            return null;
        }, fxThread).thenApply(ignored -> null);
    }

    /** Recomputes the status line's countdown from the last snapshot; the view calls it every second. */
    public void tick() {
        statusText.set(ProfileStatusText.describe(status.get(), clock.instant()));
    }

    private void show(ProfileStatus snapshot) {
        status.set(snapshot);
        mode.set(snapshot.mode());
        editable.set(snapshot.editable());
        canMint.set(snapshot.hasConsumerKeys());
        canInvalidate.set(snapshot.hasConsumerKeys() && snapshot.hasBearer());
        canRefresh.set(snapshot.hasRefreshToken());
        canRevoke.set(snapshot.hasAccessToken());
        storeText.set(snapshot.storeDescription().isEmpty() ? "" : "Secrets of this profile are kept in " + snapshot.storeDescription() + ".");
        tick();
    }

    // --- flows ---------------------------------------------------------------------------------------------------

    public CompletableFuture<Void> mintBearer() {
        return run("Minting the App's Bearer token…", sync((option, sink) -> flows.mintBearer(option.book(), option.profile(), sink)));
    }

    public CompletableFuture<Void> invalidateBearer() {
        return run("Invalidating the Bearer token…", sync((option, sink) -> flows.invalidateBearer(option.book(), option.profile(), sink)));
    }

    /** Prepares a PKCE sign-in, listens on the callback, opens the browser; done when the tokens are stored. */
    public CompletableFuture<Void> signInWithBrowser() {
        steps.clear();
        return run("Waiting for you to approve in the browser…", (option, sink) -> {
            PkceAttempt prepared = flows.preparePkce(option.book(), option.profile(), Pkce.Method.S256, sink);
            BrowserSignIn signIn = flows.signInWithBrowser(option.book(), option.profile(), prepared, sink);
            fxThread.execute(() -> {
                attempt = signIn.attempt();
                running = signIn;
                awaitingRedirect.set(true);
            });
            return signIn.tokens().whenCompleteAsync((tokens, failure) -> awaitingRedirect.set(false), fxThread);
        });
    }

    /** The fallback for remote or headless machines: the address the browser ended on, after approving. */
    public CompletableFuture<Void> completeWithPastedUrl(String redirectedUrl) {
        PkceAttempt current = attempt;
        if (current == null) {
            error.set("Start a sign-in first (Sign in with browser, or Copy authorize URL), then paste the address you were redirected to.");
            return CompletableFuture.completedFuture(null);
        }
        if (running != null) {
            running.callback().close();
        }
        return run("Exchanging the code from the pasted address…", sync((option, sink) ->
                flows.completeWithPastedUrl(option.book(), option.profile(), current, redirectedUrl.strip(), sink)));
    }

    /** Prepares a sign-in without opening a browser, for a user who opens the URL elsewhere; completes with the URL. */
    public CompletableFuture<String> prepareAuthorizeUrl() {
        steps.clear();
        AuthOption option = selected.get();
        return CompletableFuture.supplyAsync(() -> flows.preparePkce(option.book(), option.profile(), Pkce.Method.S256,
                stepSink()), worker).handleAsync((prepared, failure) -> {
            if (failure != null) {
                error.set(messageOf(failure));
                return "";
            }
            attempt = prepared;
            message.set("Open the authorize URL (copied), approve, then paste the address you are redirected to.");
            return prepared.authorizeUrl().toUri().toString();
        }, fxThread);
    }

    public CompletableFuture<Void> refreshToken() {
        return run("Refreshing the access token…", sync((option, sink) -> flows.refresh(option.book(), option.profile(), sink)));
    }

    public CompletableFuture<Void> revoke() {
        return run("Revoking the tokens…", sync((option, sink) -> flows.revoke(option.book(), option.profile(), sink)));
    }

    /** OAuth 1.0a legs 1 and 2: a request token, and the authorize page opened; then {@link #submitPin}. */
    public CompletableFuture<Void> startUserTokens() {
        steps.clear();
        return run("Getting a request token…", sync((option, sink) -> {
            ProfileFlows.Oauth1Pending started = flows.startOauth1(option.book(), option.profile(), sink);
            fxThread.execute(() -> {
                pending = started;
                awaitingPin.set(true);
            });
        }));
    }

    public CompletableFuture<Void> submitPin(String pin) {
        ProfileFlows.Oauth1Pending current = pending;
        if (current == null) {
            error.set("Start with Get user tokens, then type the PIN the page shows.");
            return CompletableFuture.completedFuture(null);
        }
        return run("Trading the PIN for the user's tokens…", sync((option, sink) -> {
            flows.completeOauth1(option.book(), option.profile(), current, pin, sink);
            fxThread.execute(() -> {
                pending = null;
                awaitingPin.set(false);
            });
        }));
    }

    /** Stops waiting for a browser redirect or a PIN; nothing is stored. */
    public void cancelSignIn() {
        forgetPendingSignIn();
        message.set("Sign-in cancelled.");
    }

    private void forgetPendingSignIn() {
        if (running != null) {
            running.callback().close();
        }
        running = null;
        attempt = null;
        pending = null;
        awaitingRedirect.set(false);
        awaitingPin.set(false);
    }

    // --- profiles ------------------------------------------------------------------------------------------------

    /** An editor for a new profile of the user's book. */
    public ProfileEditorViewModel newProfile() {
        return new ProfileEditorViewModel(saved, null, worker, fxThread, this::savedAs);
    }

    /** An editor over the selected profile, its secrets loaded off the FX thread; empty for built-in profiles. */
    public java.util.Optional<ProfileEditorViewModel> editSelected() {
        AuthOption option = selected.get();
        if (option == null || option.book() != saved) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ProfileEditorViewModel(saved, option.profile(), worker, fxThread, this::savedAs));
    }

    public CompletableFuture<Void> deleteSelected() {
        AuthOption option = selected.get();
        if (option == null || option.book() != saved) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> saved.delete(option.profile()), worker)
                .handleAsync((ignored, failure) -> {
                    if (failure != null) {
                        error.set(messageOf(failure));
                    } else {
                        message.set("Deleted the profile " + option.profile() + " and its secrets.");
                    }
                    return null;
                }, fxThread).thenCompose(ignored -> reload());
    }

    private void savedAs(String name) {
        reload().thenRun(() -> fxThread.execute(() -> options.stream()
                .filter(o -> o.book() == saved && name.equals(o.profile())).findFirst().ifPresent(selected::set)));
    }

    // --- plumbing ------------------------------------------------------------------------------------------------

    /** A flow on the worker; it may finish later (a browser sign-in completes when the redirect arrives). */
    @FunctionalInterface
    private interface Flow {
        CompletableFuture<?> start(AuthOption option, Consumer<FlowStep> sink);
    }

    private static Flow sync(java.util.function.BiConsumer<AuthOption, Consumer<FlowStep>> work) {
        return (option, sink) -> {
            work.accept(option, sink);
            return CompletableFuture.completedFuture(null);
        };
    }

    private CompletableFuture<Void> run(String startMessage, Flow flow) {
        AuthOption option = selected.get();
        if (option == null || option.isNone()) {
            error.set("Choose a profile first.");
            return CompletableFuture.completedFuture(null);
        }
        error.set("");
        message.set(startMessage);
        busy.set(true);
        Consumer<FlowStep> sink = stepSink();
        return CompletableFuture.supplyAsync(() -> flow.start(option, sink), worker).thenCompose(started -> started)
                .handleAsync((ignored, failure) -> {
            busy.set(false);
            message.set(failure == null ? "Done." : "");
            if (failure != null) {
                error.set(messageOf(failure));
            }
            return null;
        }, fxThread).thenCompose(ignored -> refreshStatus());
    }

    /** Where a refresh made just before a send reports its steps, so the timeline shows it too. */
    public Consumer<FlowStep> timeline() {
        return stepSink();
    }

    /** Redacts on the calling (worker) thread, appends on the FX thread. */
    private Consumer<FlowStep> stepSink() {
        return step -> {
            Exchange call = step.call().map(redactor::redact).orElse(null);
            FlowStepItem item = new FlowStepItem(TIME.format(step.at()), step.title(), redactor.redactText(step.detail()),
                    call == null ? "" : HttpText.exchange(call), call);
            fxThread.execute(() -> steps.add(item));
        };
    }

    static String messageOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof CredentialsUnavailableException || cause instanceof OAuthException
                || cause instanceof IllegalArgumentException) {
            return cause.getMessage();
        }
        return "That did not work: " + FailureText.reason(cause) + "; nothing was changed.";
    }

    // --- outputs -------------------------------------------------------------------------------------------------

    public ObservableList<AuthOption> options() {
        return options;
    }

    public ObjectProperty<AuthOption> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ProfileStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The selected profile's auth mode: which flows the tab offers. */
    public ReadOnlyObjectProperty<AuthMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** Minting needs the consumer key and secret. */
    public ReadOnlyBooleanProperty canMintProperty() {
        return canMint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canInvalidateProperty() {
        return canInvalidate.getReadOnlyProperty();
    }

    /** Refreshing needs a refresh token (the offline.access scope). */
    public ReadOnlyBooleanProperty canRefreshProperty() {
        return canRefresh.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRevokeProperty() {
        return canRevoke.getReadOnlyProperty();
    }

    /** True for the user's own profiles; the sandbox's cannot be edited or deleted. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** What the profile holds, in one line with the token's countdown; never a value. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storeTextProperty() {
        return storeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty awaitingRedirectProperty() {
        return awaitingRedirect.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty awaitingPinProperty() {
        return awaitingPin.getReadOnlyProperty();
    }

    /** The current or last sign-in, step by step. */
    public ObservableList<FlowStepItem> steps() {
        return steps;
    }
}
