package dev.xinspect.app;

import dev.xinspect.core.AppVersion;
import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.auth.RequestAuthorizer;
import dev.xinspect.core.format.JsonPrettyPrinter;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxCredentials;
import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.core.workspace.History;
import dev.xinspect.core.auth.jwt.JwtInspector;
import dev.xinspect.ui.viewmodel.AuthOption;
import dev.xinspect.ui.viewmodel.JwtViewModel;
import dev.xinspect.ui.viewmodel.HistoryViewModel;
import dev.xinspect.ui.viewmodel.Oauth1StepsViewModel;
import dev.xinspect.ui.viewmodel.RequestViewModel;
import dev.xinspect.ui.viewmodel.WorkshopViewModel;
import dev.xinspect.core.http.Variables;
import dev.xinspect.core.workspace.Settings;
import dev.xinspect.core.workspace.SettingsStore;
import dev.xinspect.ui.viewmodel.SettingsViewModel;
import dev.xinspect.core.stream.StreamClient;
import dev.xinspect.ui.viewmodel.StreamViewModel;
import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import dev.xinspect.ui.viewmodel.DiagnosisViewModel;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import dev.xinspect.ui.viewmodel.ResponseViewModel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** Builds the view models over the core: one worker pool for core work, {@code Platform::runLater} back. */
public final class UiWiring implements AutoCloseable {
    private final CoreWiring core;
    private final SandboxOptions sandboxOptions;
    private final ExecutorService worker = Executors.newFixedThreadPool(2, daemonThreads());
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads());
    private Sandbox sandbox;
    private SettingsViewModel settings;
    private HistoryViewModel history;
    private Settings senderSettings;
    private HttpSender sender;

    public UiWiring(CoreWiring core) {
        this(core, SandboxOptions.defaults());
    }

    /** @param sandboxOptions how the embedded sandbox starts (the benchmarks stream at full speed) */
    public UiWiring(CoreWiring core, SandboxOptions sandboxOptions) {
        this.core = core;
        this.sandboxOptions = sandboxOptions;
    }

    /** The step-by-step OAuth 1.0a signer, prefilled with the sandbox user's request so it signs something real. */
    public Oauth1StepsViewModel oauth1Steps() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        Oauth1StepsViewModel steps = new Oauth1StepsViewModel(new Oauth1Signer(),
                () -> java.util.HexFormat.of().formatHex(random.generateSeed(16)), () -> core.clock().instant().getEpochSecond());
        SandboxCredentials demo = SandboxCredentials.DEMO;
        steps.urlProperty().set("https://api.x.com/2/tweets");
        steps.consumerKeyProperty().set(demo.consumerKey());
        steps.consumerSecretProperty().set(demo.consumerSecret());
        steps.tokenProperty().set(demo.accessToken());
        steps.tokenSecretProperty().set(demo.accessTokenSecret());
        return steps;
    }

    public JwtViewModel jwtInspector() {
        return new JwtViewModel(new JwtInspector(), core.clock());
    }

    /** This run's history (bounded: 1,000 exchanges, bodies cut at 1 MB), reopening into the inspector. */
    public synchronized HistoryViewModel history(InspectorViewModel inspector) {
        if (history == null) {
            history = new HistoryViewModel(new History(1_000, 1024 * 1024), core.clock(), inspector::showExchange);
        }
        return history;
    }

    /** The settings, read once from the config folder; the sender reads them at every send. */
    public synchronized SettingsViewModel settings() {
        if (settings == null) {
            settings = new SettingsViewModel(new SettingsStore(ConfigDirectory.forThisUser().resolve("settings.json"), core.clock()));
        }
        return settings;
    }

    /** The embedded sandbox the app opens on; started on first use. */
    public synchronized Sandbox sandbox() throws IOException {
        if (sandbox == null) {
            sandbox = Sandbox.start(sandboxOptions);
        }
        return sandbox;
    }

    /** The request editor, sending through the sandbox environment ({@code {{baseUrl}}}) with its demo credentials. */
    public RequestViewModel workbench(InspectorViewModel inspector) throws IOException {
        Sandbox running = sandbox();
        SandboxCredentials demo = running.credentials();
        List<AuthOption> auth = List.of(
                new AuthOption("Sandbox App: app-only Bearer", AuthMode.OAUTH2_APP_ONLY, new RequestAuth.Bearer(demo.bearerToken())),
                new AuthOption("Sandbox user: OAuth 1.0a", AuthMode.OAUTH1_USER, new RequestAuth.Oauth1(new Oauth1Credentials(
                        demo.consumerKey(), demo.consumerSecret(), demo.accessToken(), demo.accessTokenSecret()))),
                new AuthOption("No auth", AuthMode.NONE, new RequestAuth.None()));
        RequestAuthorizer authorizer = new RequestAuthorizer(new Oauth1Signer());
        SettingsViewModel current = settings();
        RequestViewModel request = new RequestViewModel((sent, chosen) -> senderFor(current.currentProperty().get())
                        .send(authorizer.authorize(sent, chosen)),
                () -> Map.of("baseUrl", running.baseUri().toString()), auth,
                exchange -> {
                    inspector.showExchange(exchange, exchange.request().method() + " " + exchange.request().url());
                    history(inspector).record(exchange);
                },
                worker, Platform::runLater);
        request.urlProperty().set("{{baseUrl}}/2/tweets/search/recent?query=xinspect&tweet.fields=created_at&expansions=author_id");
        return request;
    }

    /** A sender with the timeouts and proxy of the settings in force, rebuilt only when they change. */
    private synchronized HttpSender senderFor(Settings settings) {
        if (!settings.equals(senderSettings)) {
            sender = newSender(settings);
            senderSettings = settings;
        }
        return sender;
    }

    private HttpSender newSender(Settings settings) {
        java.net.http.HttpClient.Builder builder = java.net.http.HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER);
        if (!settings.proxy().isEmpty()) {
            int colon = settings.proxy().lastIndexOf(':');
            builder.proxy(java.net.ProxySelector.of(java.net.InetSocketAddress.createUnresolved(
                    settings.proxy().substring(0, colon), Integer.parseInt(settings.proxy().substring(colon + 1)))));
        }
        return new HttpSender(builder.build(), settings.responseTimeout(), core.clock(), "xinspect/" + AppVersion.current());
    }

    /** The streaming console over the sandbox's streams, with the App's app-only Bearer token. */
    public StreamViewModel streamConsole(InspectorViewModel inspector) throws IOException {
        Sandbox running = sandbox();
        Variables variables = new Variables(Map.of("baseUrl", running.baseUri().toString()));
        RequestAuthorizer authorizer = new RequestAuthorizer(new Oauth1Signer());
        StreamClient client = new StreamClient(HttpSender.defaultClient(Duration.ofSeconds(10)), core.clock(), scheduler);
        return new StreamViewModel(client, text -> {
            try {
                return variables.resolve(text);
            } catch (Variables.UnknownVariableException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }, authorizer::authorize, new RequestAuth.Bearer(running.credentials().bearerToken()),
                exchange -> inspector.showExchange(exchange, "stream"), core.clock(), worker, Platform::runLater);
    }

    public WorkshopViewModel workshop() throws IOException {
        Sandbox running = sandbox();
        return new WorkshopViewModel(running.scenarios(), running.selectedScenario(), running::selectScenario);
    }

    public InspectorViewModel inspector() {
        ResponseViewModel response = new ResponseViewModel(core.knowledgeBase(), new JsonPrettyPrinter(), core.redactor(),
                worker, Platform::runLater);
        DiagnosisViewModel diagnosis = new DiagnosisViewModel(core.diagnoser(), core.rateLimitText(), worker, Platform::runLater);
        return new InspectorViewModel(core.exchangeReader(), response, diagnosis, core.forumPostDrafter(), core.redactor(),
                worker, Platform::runLater);
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
        }
        worker.shutdownNow();
        scheduler.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "xinspect-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
