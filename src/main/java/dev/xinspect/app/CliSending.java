package dev.xinspect.app;

import dev.xinspect.cli.RequestDispatch;
import dev.xinspect.core.auth.NonceSource;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.auth.RequestAuthorizer;
import dev.xinspect.core.auth.loopback.LoopbackReceiver;
import dev.xinspect.core.auth.profile.CredentialsUnavailableException;
import dev.xinspect.core.auth.profile.ProfileAuthorizer;
import dev.xinspect.core.auth.profile.ProfileFlows;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.core.workspace.Environment;
import dev.xinspect.core.workspace.Settings;
import dev.xinspect.core.workspace.SettingsStore;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code xinspect send}'s side of the app, built as the window builds its editor: the user's settings (timeouts,
 * proxy, redirects), the workspace's environments, the saved profiles and the sandbox's identities, signing as the
 * last step. The sandbox starts only when the request goes to it, and stops with the command.
 */
final class CliSending implements RequestDispatch {
    private final CoreWiring core;
    private final CliProfiles profiles;
    private final Path configFolder;
    private Sandbox sandbox;

    CliSending(CoreWiring core, CliProfiles profiles) {
        this.core = core;
        this.profiles = profiles;
        this.configFolder = ConfigDirectory.forThisUser();
    }

    @Override
    public synchronized URI sandbox() throws CannotSend {
        if (sandbox == null) {
            try {
                sandbox = Sandbox.start(SandboxOptions.defaults());
            } catch (IOException e) {
                throw new CannotSend("the embedded sandbox did not start: " + e.getMessage());
            }
        }
        return sandbox.baseUri();
    }

    @Override
    public Map<String, String> environment(String name) throws CannotSend {
        return find(name).values();
    }

    @Override
    public Optional<String> profileOf(String environment) throws CannotSend {
        return Optional.of(find(environment).authProfile()).filter(p -> !p.isEmpty());
    }

    private Environment find(String name) throws CannotSend {
        Settings settings = settings();
        Path folder = settings.workspaceFolder().isEmpty() ? configFolder.resolve("workspace") : Path.of(settings.workspaceFolder());
        try (WorkspaceStore store = new WorkspaceStore(folder, core.secretStore(), new LiteralSecrets(core.redactor()), core.clock(),
                Duration.ofSeconds(10))) {
            List<Environment> environments = store.load().environments();
            return environments.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new CannotSend(
                    "no environment named " + name + " in " + folder + " (known: "
                            + String.join(", ", environments.stream().map(Environment::name).toList()) + ")"));
        } catch (IOException e) {
            throw new CannotSend("the workspace in " + folder + " could not be read: " + e.getMessage());
        }
    }

    @Override
    public Exchange send(SentRequest request, Optional<String> profile) throws CannotSend {
        RequestAuth auth = new RequestAuth.None();
        if (profile.isPresent()) {
            URI sandboxBase = profiles.isSandboxIdentity(profile.get()) ? sandbox() : URI.create("http://127.0.0.1");
            CliProfiles.Found found = profiles.find(profile.get(), sandboxBase).orElseThrow(() ->
                    new CannotSend("no profile named " + profile.get() + " (saved profiles and the sandbox's identities)"));
            try {
                auth = new ProfileAuthorizer(flows(), core.clock()).authFor(found.book(), found.name(), step -> { });
            } catch (CredentialsUnavailableException e) {
                throw new CannotSend(e.getMessage());
            }
        }
        Oauth1Signer signer = new Oauth1Signer(core.clock(), NonceSource.from(new SecureRandom()));
        SentRequest signed = new RequestAuthorizer(signer).authorize(request, auth);
        return new Senders(core.clock()).senderFor(settings()).send(signed);
    }

    /** Only a token refresh can happen here; a sign-in needs the window (no browser is opened from the command line). */
    private ProfileFlows flows() {
        SecureRandom random = new SecureRandom();
        return new ProfileFlows(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build(), new Oauth1Signer(core.clock(), NonceSource.from(random)),
                new LoopbackReceiver(), uri -> {
                    throw new IOException("sign in from the window: the command line opens no browser");
                }, random, Runnable::run, core.clock(), Duration.ofMinutes(5));
    }

    private Settings settings() {
        return new SettingsStore(configFolder.resolve("settings.json"), core.clock()).load();
    }

    @Override
    public synchronized void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
