package dev.xinspect.ui.viewmodel;

import static dev.xinspect.ui.viewmodel.FlowRunner.sync;

import dev.xinspect.core.auth.Pkce;
import dev.xinspect.core.auth.oauth2.BrowserSignIn;
import dev.xinspect.core.auth.oauth2.PkceAttempt;
import dev.xinspect.core.auth.profile.FlowStep;
import dev.xinspect.core.auth.profile.ProfileFlows;
import dev.xinspect.core.report.Redactor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The Auth tab's flows over the selected profile (mint a Bearer token, PKCE sign-in, refresh, revoke, OAuth 1.0a
 * PIN), each step appended to a timeline with its HTTP call redacted, and the one message line they share: a
 * message belongs to the flow that wrote it and is cleared when the profile changes ({@link FlowRunner} runs the
 * flows on the worker and keeps the lines).
 */
public final class AuthFlowsViewModel {
    private final Supplier<AuthOption> selected;
    private final ProfileFlows flows;
    private final Executor worker;
    private final Executor fxThread;
    private final FlowRunner runner;

    private final ReadOnlyStringWrapper manualAuthorizeUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper awaitingRedirect = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper awaitingPin = new ReadOnlyBooleanWrapper();
    private final FlowTimeline timeline;
    private PkceAttempt attempt;
    private BrowserSignIn running;
    private ProfileFlows.Oauth1Pending pending;

    /** @param afterFlow re-reads what the profile holds once a flow ends (on the FX thread) */
    AuthFlowsViewModel(Supplier<AuthOption> selected, ProfileFlows flows, Redactor redactor, Executor worker, Executor fxThread,
                       Runnable afterFlow) {
        this.selected = selected;
        this.flows = flows;
        this.timeline = new FlowTimeline(redactor, fxThread);
        this.worker = worker;
        this.fxThread = fxThread;
        this.runner = new FlowRunner(selected, timeline::sink, worker, fxThread, afterFlow);
    }

    public CompletableFuture<Void> mintBearer() {
        return runner.run("Minting the App's Bearer token…", sync((option, sink) -> flows.mintBearer(option.book(), option.profile(), sink)));
    }

    public CompletableFuture<Void> invalidateBearer() {
        return runner.run("Invalidating the Bearer token…", sync((option, sink) -> flows.invalidateBearer(option.book(), option.profile(), sink)));
    }

    /**
     * Prepares a PKCE sign-in, listens on the callback, opens the browser; done when the tokens are stored. When no
     * browser opens, the window says so and shows the authorize URL to open by hand; the listener keeps waiting.
     */
    public CompletableFuture<Void> signInWithBrowser() {
        forget();
        timeline.steps().clear();
        return runner.run("Waiting for you to approve in the browser…", (option, sink) -> {
            PkceAttempt prepared = flows.preparePkce(option.book(), option.profile(), Pkce.Method.S256, sink);
            BrowserSignIn signIn = flows.signInWithBrowser(option.book(), option.profile(), prepared, sink);
            fxThread.execute(() -> awaitRedirect(signIn));
            return signIn.tokens().whenCompleteAsync((tokens, failure) -> {
                if (running == signIn) {
                    awaitingRedirect.set(false);
                    manualAuthorizeUrl.set("");
                }
            }, fxThread);
        });
    }

    private void awaitRedirect(BrowserSignIn signIn) {
        attempt = signIn.attempt();
        running = signIn;
        awaitingRedirect.set(true);
        runner.waiting(); // Paste redirected URL and Cancel stay usable
        if (!signIn.browserOpened()) {
            manualAuthorizeUrl.set(signIn.attempt().authorizeUrl().toUri().toString());
            runner.report("xinspect could not open a browser on this machine (" + signIn.browserProblem() + "). Copy the "
                    + "authorize URL below and open it in a browser yourself; after you approve, xinspect finishes by "
                    + "itself, or paste the address the browser ends on (Paste redirected URL…).");
        }
    }

    /** The fallback for remote or headless machines: the address the browser ended on, after approving. */
    public CompletableFuture<Void> completeWithPastedUrl(String redirectedUrl) {
        PkceAttempt current = attempt;
        if (current == null) {
            runner.report("Start a sign-in first (Sign in with browser, or Copy authorize URL), then paste the address you were redirected to.");
            return CompletableFuture.completedFuture(null);
        }
        forget();
        return runner.run("Exchanging the code from the pasted address…", sync((option, sink) ->
                flows.completeWithPastedUrl(option.book(), option.profile(), current, redirectedUrl.strip(), sink)));
    }

    /** Prepares a sign-in without opening a browser, for a user who opens the URL elsewhere; completes with the URL. */
    public CompletableFuture<String> prepareAuthorizeUrl() {
        timeline.steps().clear();
        AuthOption option = selected.get();
        return CompletableFuture.supplyAsync(() -> flows.preparePkce(option.book(), option.profile(), Pkce.Method.S256,
                timeline.sink()), worker).handleAsync((prepared, failure) -> {
            if (failure != null) {
                runner.report(AuthViewModel.messageOf(failure));
                return "";
            }
            attempt = prepared;
            runner.say("Open the authorize URL (copied), approve, then paste the address you are redirected to.");
            return prepared.authorizeUrl().toUri().toString();
        }, fxThread);
    }

    public CompletableFuture<Void> refreshToken() {
        return runner.run("Refreshing the access token…", sync((option, sink) -> flows.refresh(option.book(), option.profile(), sink)));
    }

    public CompletableFuture<Void> revoke() {
        return runner.run("Revoking the tokens…", sync((option, sink) -> flows.revoke(option.book(), option.profile(), sink)));
    }

    /** OAuth 1.0a legs 1 and 2: a request token, and the authorize page opened; then {@link #submitPin}. */
    public CompletableFuture<Void> startUserTokens() {
        timeline.steps().clear();
        return runner.run("Getting a request token…", sync((option, sink) -> {
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
            runner.report("Start with Get user tokens, then type the PIN the page shows.");
            return CompletableFuture.completedFuture(null);
        }
        return runner.run("Trading the PIN for the user's tokens…", sync((option, sink) -> {
            flows.completeOauth1(option.book(), option.profile(), current, pin, sink);
            fxThread.execute(() -> {
                pending = null;
                awaitingPin.set(false);
            });
        }));
    }

    /** Stops waiting for a browser redirect or a PIN; nothing is stored. */
    public void cancelSignIn() {
        forget();
        runner.say("Sign-in cancelled.");
    }

    /** Another profile was chosen: a pending sign-in stops and the last flow's lines no longer apply. */
    void forget() {
        runner.forget();
        if (running != null) {
            running.callback().close();
        }
        running = null;
        attempt = null;
        pending = null;
        awaitingRedirect.set(false);
        awaitingPin.set(false);
        manualAuthorizeUrl.set("");
    }

    /** A failure outside the flows (reading or deleting a profile), on the FX thread. */
    void report(String problem) {
        runner.report(problem);
    }

    void say(String text) {
        runner.say(text);
    }

    /** Where a refresh made just before a send reports its steps, so the timeline shows it too. */
    public Consumer<FlowStep> timeline() {
        return timeline.sink();
    }

    public ReadOnlyStringProperty messageProperty() {
        return runner.messageProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return runner.errorProperty();
    }

    /** The authorize URL to open by hand when xinspect could not open a browser; empty otherwise. */
    public ReadOnlyStringProperty manualAuthorizeUrlProperty() {
        return manualAuthorizeUrl.getReadOnlyProperty();
    }

    /** A flow is working (not merely waiting for the user): the flow buttons wait for it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return runner.busyProperty();
    }

    public ReadOnlyBooleanProperty awaitingRedirectProperty() {
        return awaitingRedirect.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty awaitingPinProperty() {
        return awaitingPin.getReadOnlyProperty();
    }

    /** The current or last sign-in, step by step. */
    public ObservableList<FlowStepItem> steps() {
        return timeline.steps();
    }
}
