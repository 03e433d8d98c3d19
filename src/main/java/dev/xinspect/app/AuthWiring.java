package dev.xinspect.app;

import dev.xinspect.core.auth.NonceSource;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.auth.loopback.BrowserLauncher;
import dev.xinspect.core.auth.loopback.LoopbackReceiver;
import dev.xinspect.core.auth.profile.FlowStep;
import dev.xinspect.core.auth.profile.ProfileAuthorizer;
import dev.xinspect.core.auth.profile.ProfileFlows;
import dev.xinspect.core.auth.profile.SandboxProfileBook;
import dev.xinspect.core.auth.profile.SavedProfileBook;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.ui.viewmodel.AuthOption;
import dev.xinspect.ui.viewmodel.AuthViewModel;
import dev.xinspect.ui.viewmodel.RequestViewModel;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The credential side of the GUI, built once each on first use: the sandbox's identities and the user's saved
 * profiles, the flows that fill them, turning a chosen profile into the credentials of one request, and the Auth
 * tab's view model. The editor, the Auth tab and the stream console all go through it.
 */
final class AuthWiring {
    /** The running sandbox, started by {@link UiWiring} on first use. */
    @FunctionalInterface
    interface SandboxSource {
        Sandbox get() throws IOException;
    }

    private final CoreWiring core;
    private final Path configFolder;
    private final BrowserLauncher browser;
    private final Executor worker;
    private final SandboxSource sandbox;
    private SandboxProfileBook sandboxProfiles;
    private SavedProfileBook savedProfiles;
    private ProfileFlows flows;
    private HttpClient oauthClient;
    private volatile AuthViewModel tab;

    AuthWiring(CoreWiring core, Path configFolder, BrowserLauncher browser, Executor worker, SandboxSource sandbox) {
        this.core = core;
        this.configFolder = configFolder;
        this.browser = browser;
        this.worker = worker;
        this.sandbox = sandbox;
    }

    /** Signs requests as they are sent: a fresh nonce from SecureRandom and the clock's time for each (RFC 5849 §3.3). */
    Oauth1Signer requestSigner() {
        return new Oauth1Signer(core.clock(), NonceSource.from(new SecureRandom()));
    }

    /** The sandbox's identities and No auth, listed at once (they are in memory); {@link #tab} adds the saved ones. */
    List<AuthOption> builtInOptions() throws IOException {
        SandboxProfileBook book = sandboxProfiles();
        List<AuthOption> options = new ArrayList<>(book.profiles().stream().map(p -> AuthOption.of(book, p)).toList());
        options.add(AuthOption.none());
        options.add(AuthOption.asInHeaders());
        return options;
    }

    /** True for the sandbox's own identities, which are the only ones the sandbox knows. */
    boolean isSandbox(AuthOption option) {
        return option != null && option.book() != null && option.book() == sandboxProfiles;
    }

    /** The credentials of one request, on the worker: a token about to expire is refreshed first (the tab shows it). */
    RequestAuth credentialsFor(AuthOption option) {
        if (option.isNone()) {
            return new RequestAuth.None();
        }
        AuthViewModel shown = tab;
        Consumer<FlowStep> steps = shown == null ? step -> { } : shown.flows().timeline();
        return new ProfileAuthorizer(flows(), core.clock()).authFor(option.book(), option.profile(), steps);
    }

    /** The Auth tab over the editor's picker: the sandbox's identities first, then the user's saved profiles. */
    synchronized AuthViewModel tab(RequestViewModel request) throws IOException {
        if (tab == null) {
            tab = new AuthViewModel(request.authOptions(), request.authProperty(), List.of(sandboxProfiles(), savedProfiles()),
                    savedProfiles(), flows(), core.redactor(), core.clock(), worker, Platform::runLater);
            tab.reload();
        }
        return tab;
    }

    private synchronized SandboxProfileBook sandboxProfiles() throws IOException {
        if (sandboxProfiles == null) {
            Sandbox running = sandbox.get();
            sandboxProfiles = CliProfiles.sandboxBook(running.baseUri(), running.credentials());
        }
        return sandboxProfiles;
    }

    /** The user's profiles ({@code profiles.json}) with their secrets in the credential store; OAuth calls go to X. */
    private synchronized SavedProfileBook savedProfiles() {
        if (savedProfiles == null) {
            savedProfiles = core.savedProfilesIn(configFolder);
        }
        return savedProfiles;
    }

    private synchronized ProfileFlows flows() {
        if (flows == null) {
            SecureRandom random = new SecureRandom();
            flows = new ProfileFlows(this::oauthClient, new Oauth1Signer(core.clock(), NonceSource.from(random)), new LoopbackReceiver(),
                    browser, random, worker, core.clock(), Duration.ofMinutes(5));
        }
        return flows;
    }

    /** The client of the OAuth calls, built at the first one: its TLS set-up would otherwise delay the first frame. */
    private synchronized HttpClient oauthClient() {
        if (oauthClient == null) {
            oauthClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return oauthClient;
    }
}
