package dev.xinspect.app;

import dev.xinspect.core.auth.loopback.BrowserLauncher;
import dev.xinspect.core.auth.profile.SandboxProfileBook;
import dev.xinspect.ui.viewmodel.AuthViewModel;
import dev.xinspect.core.diagnosis.RateLimitBook;
import dev.xinspect.ui.viewmodel.EndpointAssistViewModel;
import dev.xinspect.ui.viewmodel.RateLimitGauge;
import dev.xinspect.core.auth.RequestAuthorizer;
import dev.xinspect.core.format.JsonPrettyPrinter;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.workspace.History;
import dev.xinspect.core.workspace.WorkspaceStore;
import dev.xinspect.ui.viewmodel.CollectionsViewModel;
import dev.xinspect.ui.viewmodel.EnvironmentsViewModel;
import dev.xinspect.ui.viewmodel.ExportViewModel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import dev.xinspect.ui.viewmodel.AuthOption;
import dev.xinspect.ui.viewmodel.HistoryViewModel;
import dev.xinspect.ui.viewmodel.RequestViewModel;
import dev.xinspect.ui.viewmodel.WorkshopViewModel;
import dev.xinspect.core.workspace.Settings;
import dev.xinspect.core.workspace.SettingsStore;
import dev.xinspect.ui.viewmodel.SettingsViewModel;
import dev.xinspect.core.stream.RuleLinter;
import dev.xinspect.core.stream.RulesRequestCheck;
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
    /** The request editor and what works on it: collections, environments, exports, history. */
    public record Workbench(RequestViewModel request, CollectionsViewModel collections, EnvironmentsViewModel environments,
                            ExportViewModel exports, HistoryViewModel history, dev.xinspect.ui.viewmodel.RequestTabsViewModel tabs) {
    }

    private final CoreWiring core;
    private final Path configFolder;
    private final AtomicReference<WorkspaceStore> workspace = new AtomicReference<>();
    private History historyStore;
    private EnvironmentsViewModel environments;
    private final ExecutorService worker = Executors.newFixedThreadPool(2, daemonThreads("xinspect-worker-"));
    /**
     * Checking, formatting and diagnosing a response's body, on one core fewer than the machine has: on two cores, the
     * UTF-8 check, the diagnosis's parse and the formatter of a 100 MB body ran side by side on the worker and the
     * FX thread waited over 100 ms for a core.
     */
    private final ExecutorService bodyWork = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
            runnable -> {
                Thread thread = daemonThreads("xinspect-body-").newThread(runnable);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("xinspect-worker-"));
    private Sandbox sandbox;
    private boolean closed;
    private SettingsViewModel settings;
    private HistoryViewModel history;
    private final Senders senders;
    private final BrowserLauncher browser;
    private final SandboxOptions sandboxOptions;
    private final AuthWiring auth;
    private final ToolWiring tools;
    private final RateLimitGauge rateLimitGauge;
    private EndpointAssistViewModel endpointAssist;
    private WorkshopViewModel workshop;
    private dev.xinspect.ui.viewmodel.StudentViewModel student;
    private java.util.concurrent.CompletableFuture<dev.xinspect.core.catalog.Catalog> sandboxSpec;

    private static final BrowserLauncher NO_BROWSER = uri -> {
        throw new IOException("No browser was given to xinspect");
    };

    /** Without a way to open a browser: sign-ins offer the authorize URL to copy and the paste fallback. */
    public UiWiring(CoreWiring core) {
        this(core, NO_BROWSER);
    }

    /** @param browser opens the authorize pages of sign-ins in the user's system browser (never an embedded view) */
    public UiWiring(CoreWiring core, BrowserLauncher browser) {
        this(core, browser, SandboxOptions.defaults());
    }

    /** @param sandboxOptions how the embedded sandbox starts (the benchmarks stream at full speed) */
    public UiWiring(CoreWiring core, SandboxOptions sandboxOptions) {
        this(core, NO_BROWSER, sandboxOptions);
    }

    /** @param configFolder where settings, history and (by default) the workspace live; tests give each run its own */
    public UiWiring(CoreWiring core, Path configFolder) {
        this(core, NO_BROWSER, SandboxOptions.defaults(), configFolder);
    }

    /** @param sandboxOptions how the embedded sandbox starts (tests register a free callback port) */
    public UiWiring(CoreWiring core, BrowserLauncher browser, SandboxOptions sandboxOptions) {
        this(core, browser, sandboxOptions, ConfigDirectory.forThisUser());
    }

    public UiWiring(CoreWiring core, BrowserLauncher browser, SandboxOptions sandboxOptions, Path configFolder) {
        this.core = core;
        this.browser = browser;
        this.sandboxOptions = sandboxOptions;
        this.configFolder = configFolder;
        this.auth = new AuthWiring(core, configFolder, browser, worker, this::sandbox);
        this.senders = new Senders(core.clock());
        this.tools = new ToolWiring(this, core, auth, worker, scheduler);
        this.rateLimitGauge = new RateLimitGauge(new RateLimitBook(), (method, url) -> core.catalogs().findIfLoaded(method, url)
                .map(dev.xinspect.core.catalog.Endpoint::label).orElseGet(() -> RateLimitGauge.pathShape(method, url)), core.clock());
        // Choosing the store probes the OS keychain and reading it starts a process per key: do it now, off the FX
        // thread, so the first redaction on screen finds the values ready.
        worker.execute(core::knownSecrets);
        core.fetchSpecsWith(() -> senderFor(settings().currentProperty().get()));
    }

    /**
     * What the endpoint catalog says about the request being edited; its problems are also a pre-send check. The
     * sandbox's spec is read once the sandbox is up, and X's cached spec on the worker, never on the FX thread.
     */
    public synchronized EndpointAssistViewModel endpointAssist(RequestViewModel request) {
        if (endpointAssist == null) {
            endpointAssist = new EndpointAssistViewModel(core.catalogs(), request, worker, Platform::runLater);
            request.addPreSendCheck(endpointAssist::warningBefore);
            EndpointAssistViewModel assist = endpointAssist;
            catalogSandboxSpec().whenComplete((catalog, failure) -> {
                core.catalogs().xCatalog();
                assist.refresh();
            });
        }
        return endpointAssist;
    }

    /** What X's rate limits leave for the request being edited, per endpoint and App or user. */
    public RateLimitGauge rateLimitGauge() {
        return rateLimitGauge;
    }

    /**
     * The history, kept in {@code <config folder>/history} across runs (bounded: 1,000 exchanges, bodies cut at 1 MB,
     * redacted before they are written), reopening into the inspector.
     */
    public synchronized HistoryViewModel history(InspectorViewModel inspector) {
        if (history == null) {
            historyStore = new History(1_000, 1024 * 1024, configFolder.resolve("history"), core::redactor, core.clock());
            history = new HistoryViewModel(historyStore, core.clock(), inspector::showExchange, worker, Platform::runLater);
        }
        return history;
    }

    /**
     * The request editor with its collections (from the workspace folder of the settings, default
     * {@code <config folder>/workspace}), environments (the sandbox's built in), exports and history. Changing the
     * workspace folder in Settings loads the new one.
     */
    public synchronized Workbench workbenchWithWorkspace(InspectorViewModel inspector) throws IOException {
        Sandbox running = sandbox();
        SettingsViewModel current = settings();
        workspace.set(newWorkspace(current.currentProperty().get()));
        environments = new EnvironmentsViewModel(workspace::get, Map.of("baseUrl", running.baseUri().toString()), worker, Platform::runLater);
        RequestViewModel request = workbench(inspector);
        EnvironmentsViewModel variablesOfRequest = environments;
        request.keepSecretsWith(variablesOfRequest::keepSecret);
        variablesOfRequest.watchRequest(request::missingVariables);
        // An environment may name the profile its requests use: choosing the environment switches to it.
        EnvironmentsViewModel chosen = environments;
        request.authOptions().addListener((javafx.collections.ListChangeListener<AuthOption>) change ->
                chosen.offerProfiles(request.authOptions().stream().filter(o -> !o.isNone()).map(AuthOption::label).toList()));
        chosen.offerProfiles(request.authOptions().stream().filter(o -> !o.isNone()).map(AuthOption::label).toList());
        chosen.selectedAuthProfileProperty().addListener((obs, old, profile) -> request.chooseAuth(profile));
        chosen.selectedProperty().addListener((obs, old, name) -> {
            AuthOption chosenAuth = request.authProperty().get();
            if (EnvironmentsViewModel.SANDBOX.equals(name) && chosenAuth != null && !chosenAuth.isNone() && !auth.isSandbox(chosenAuth)) {
                request.chooseAuth(SandboxProfileBook.APP_ONLY); // the user's X credentials mean nothing to the sandbox
            }
        });
        CollectionsViewModel collections = new CollectionsViewModel(workspace::get, request::snapshot, request::open,
                environments::show, worker, Platform::runLater);
        EnvironmentsViewModel envs = environments;
        ExportViewModel exports = new ExportViewModel(request, () -> {
            List<String> secrets = new java.util.ArrayList<>(core.knownSecrets());
            secrets.addAll(envs.secretValues());
            return new Redactor(secrets);
        }, worker, Platform::runLater);
        current.currentProperty().addListener((obs, old, now) -> {
            if (!old.workspaceFolder().equals(now.workspaceFolder())) {
                closeQuietly(workspace.getAndSet(newWorkspace(now)));
                collections.load();
            }
        });
        collections.load();
        return new Workbench(request, collections, environments, exports, history(inspector), requestTabs(request, inspector, collections));
    }

    /**
     * Request tabs over the one editor, response and diagnosis, reopened from {@code <config folder>/open-tabs.json}
     * (secrets taken out of what is written).
     */
    private dev.xinspect.ui.viewmodel.RequestTabsViewModel requestTabs(RequestViewModel request, InspectorViewModel inspector,
                                                                      CollectionsViewModel collections) {
        dev.xinspect.core.workspace.OpenTabs file = new dev.xinspect.core.workspace.OpenTabs(configFolder.resolve("open-tabs.json"), core.redactor());
        dev.xinspect.ui.viewmodel.RequestTabsViewModel tabs = new dev.xinspect.ui.viewmodel.RequestTabsViewModel(
                new dev.xinspect.ui.viewmodel.RequestTabsViewModel.Editor(request::snapshot, request::open,
                        exchange -> inspector.showExchange(exchange, InspectorViewModel.label(exchange)), inspector::clear,
                        collections::link, collections::relink),
                request.snapshot(), file.load(), state -> {
                    try {
                        file.save(state);
                    } catch (IOException e) {
                        inspector.reportProblem("The open request tabs could not be kept for the next start: " + e.getMessage());
                    }
                });
        javafx.beans.InvalidationListener edited = changed -> tabs.editorChanged();
        for (javafx.beans.Observable part : List.of(request.methodProperty(), request.urlProperty(), request.bodyProperty(),
                request.authProperty(), request.headers(), request.params())) {
            part.addListener(edited);
        }
        inspector.selectedProperty().addListener((obs, old, now) -> tabs.answered(now));
        collections.currentProperty().addListener((obs, old, now) -> tabs.linked());
        collections.currentNameProperty().addListener((obs, old, now) -> tabs.linked());
        return tabs;
    }

    private WorkspaceStore newWorkspace(Settings settings) {
        Path folder = ConfigDirectory.workspaceFor(settings, configFolder);
        return new WorkspaceStore(folder, core.secretStore(), new LiteralSecrets(core.redactor()), core.clock(), Duration.ofSeconds(10));
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception e) {
            // only a lock file handle; the process is going on or ending
        }
    }

    /** The settings, read once from the config folder; the sender reads them at every send. */
    public synchronized SettingsViewModel settings() {
        if (settings == null) {
            settings = new SettingsViewModel(new SettingsStore(configFolder.resolve("settings.json"), core.clock()));
        }
        return settings;
    }

    /**
     * Starts the embedded sandbox on a thread of its own, so that the window, built meanwhile, finds it up; a start
     * that fails is tried again, and reported, where the sandbox is first used ({@link #sandbox()}).
     */
    public void startSandboxInBackground() {
        Thread.ofPlatform().daemon().name("xinspect-sandbox-start").start(() -> {
            try {
                sandbox();
            } catch (IOException e) {
                // reported by the window's own call
            }
        });
    }

    /** The embedded sandbox the app opens on; started on first use. */
    public synchronized Sandbox sandbox() throws IOException {
        if (closed) {
            throw new IOException("xinspect is closing");
        }
        if (sandbox == null) {
            sandbox = Sandbox.start(sandboxOptions);
        }
        return sandbox;
    }

    /**
     * Reads the running sandbox's own {@code GET /2/openapi.json} into the endpoint catalog, on the worker, so URLs on
     * the sandbox are checked against it (and, while no X spec is cached, auth hints for X URLs too). Call once the
     * sandbox is up; the future fails with a plain-words reason when the spec cannot be read. Read once: the endpoint
     * assist and *Fetch all pages* both wait for the same read.
     */
    public synchronized java.util.concurrent.CompletableFuture<dev.xinspect.core.catalog.Catalog> catalogSandboxSpec() {
        if (sandboxSpec == null) {
            sandboxSpec = readSandboxSpec();
        }
        return sandboxSpec;
    }

    private java.util.concurrent.CompletableFuture<dev.xinspect.core.catalog.Catalog> readSandboxSpec() {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                Sandbox running = sandbox();
                return core.catalogs().loadSandbox(running.baseUri(), running.openApiDocument(), core.clock().instant());
            } catch (IOException | dev.xinspect.core.catalog.UnusableSpecException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, worker);
    }

    /**
     * The request editor, sending through the sandbox environment ({@code {{baseUrl}}}); the auth picker is filled by
     * {@link #auth}. The chosen profile is turned into credentials on the worker, just before signing and sending.
     */
    public RequestViewModel workbench(InspectorViewModel inspector) throws IOException {
        Sandbox running = sandbox();
        RequestAuthorizer authorizer = new RequestAuthorizer(auth.requestSigner());
        SettingsViewModel current = settings();
        RequestViewModel[] holder = new RequestViewModel[1];
        Map<String, String> sandboxEnvironment = Map.of("baseUrl", running.baseUri().toString());
        EnvironmentsViewModel chosenEnvironment = environments;
        RequestViewModel request = new RequestViewModel((sent, option) -> senderFor(current.currentProperty().get())
                        .send(authorizer.authorize(sent, auth.credentialsFor(option))),
                chosenEnvironment == null ? () -> sandboxEnvironment : chosenEnvironment::values, auth.builtInOptions(),
                exchange -> {
                    inspector.showExchange(exchange, InspectorViewModel.label(exchange));
                    history(inspector).record(exchange);
                    rateLimitGauge.record(exchange, holder[0].authProperty().get());
                },
                worker, Platform::runLater);
        holder[0] = request;
        request.addPreSendCheck((sent, option) -> rateLimitGauge.warningBefore(sent.method(), sent.url(), option));
        RulesRequestCheck rulesCheck = new RulesRequestCheck(new RuleLinter());
        request.addPreSendCheck((sent, option) -> rulesCheck.check(sent));
        javafx.beans.InvalidationListener showGauge = changed -> rateLimitGauge.show(request.methodProperty().get(),
                request.previewUrl(), request.authProperty().get());
        request.methodProperty().addListener(showGauge);
        request.urlProperty().addListener(showGauge);
        request.authProperty().addListener(showGauge);
        request.urlProperty().set("{{baseUrl}}/2/tweets/search/recent?query=xinspect&tweet.fields=created_at&expansions=author_id");
        return request;
    }

    /**
     * *Fetch all pages* over the editor's request: each page signed afresh with the request's profile and sent as Send
     * sends, shown in the inspector and recorded in the history; the token parameter from the endpoint's spec.
     */
    public dev.xinspect.ui.viewmodel.PaginationViewModel pagination(RequestViewModel request, InspectorViewModel inspector) {
        RequestAuthorizer authorizer = new RequestAuthorizer(auth.requestSigner());
        SettingsViewModel current = settings();
        dev.xinspect.ui.viewmodel.PaginationViewModel pagination = new dev.xinspect.ui.viewmodel.PaginationViewModel(request, (sent, option) -> {
            dev.xinspect.core.http.Exchange page = senderFor(current.currentProperty().get())
                    .send(authorizer.authorize(sent, auth.credentialsFor(option)));
            Platform.runLater(() -> {
                inspector.showExchange(page, page.request().method() + " " + page.request().url());
                history(inspector).record(page);
                rateLimitGauge.record(page, option);
            });
            return page;
        }, sent -> core.catalogs().findIfLoaded(sent.method(), sent.url()).flatMap(dev.xinspect.core.paging.PageTokens::parameterOf),
                () -> new Redactor(core.knownSecrets()), until -> {
                    try {
                        Thread.sleep(Math.max(0, java.time.Duration.between(core.clock().instant(), until).toMillis()));
                        return true;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }, core.clock(), worker, Platform::runLater);
        catalogSandboxSpec().whenComplete((catalog, failure) -> {
            core.catalogs().xCatalog(); // read on the worker, so the FX thread's look-ups find it loaded
            Platform.runLater(pagination::refresh);
        });
        return pagination;
    }

    /**
     * Import (Postman v2.1, OpenAPI, X's built-in spec) and Export as Postman in the Collections tab: an imported
     * request's auth mode gets the first of the user's saved profiles of that mode (the sandbox's are for the sandbox).
     */
    public dev.xinspect.ui.viewmodel.CollectionTransferViewModel collectionTransfer(Workbench bench) {
        RequestViewModel request = bench.request();
        java.util.function.Function<dev.xinspect.core.http.AuthMode, java.util.Optional<String>> profileFor = mode ->
                request.authOptions().stream().filter(o -> o.mode() == mode && !o.isNone() && !auth.isSandbox(o))
                        .map(AuthOption::label).findFirst();
        java.util.function.Function<String, java.util.Optional<dev.xinspect.core.http.AuthMode>> profileMode = name ->
                request.authOptions().stream().filter(o -> o.label().equals(name) && !o.isNone()).map(AuthOption::mode).findFirst();
        LiteralSecrets literalSecrets = new LiteralSecrets(core.redactor());
        return new dev.xinspect.ui.viewmodel.CollectionTransferViewModel(workspace::get,
                new dev.xinspect.ui.viewmodel.CollectionTransferViewModel.Formats(new dev.xinspect.core.interop.PostmanReader(literalSecrets),
                        new dev.xinspect.core.interop.OpenApiCollection(new dev.xinspect.core.catalog.SpecReader()),
                        () -> dev.xinspect.core.catalog.BuiltInSpec.shipped().documentText(), profileFor, profileMode),
                bench.collections()::load, worker, Platform::runLater);
    }

    /** The Auth tab over the editor's picker: the sandbox's identities first, then the user's saved profiles. */
    public AuthViewModel auth(RequestViewModel request, InspectorViewModel inspector) throws IOException {
        return auth.tab(request);
    }

    private HttpSender senderFor(Settings settings) {
        return senders.senderFor(settings);
    }

    /** The sender of the settings as they are now (proxy, timeouts): every send reads them afresh. */
    HttpSender sender() {
        return senderFor(settings().currentProperty().get());
    }

    /** The environments of the workbench, once built (null before). */
    EnvironmentsViewModel environments() {
        return environments;
    }

    WorkspaceStore workspace() {
        return workspace.get();
    }

    /** The windows and tools opened from the main window, built when they open. */
    public ToolWiring tools() {
        return tools;
    }

    /** The workshop bar's scenario picker; one per window, so every view of it agrees. */
    public synchronized WorkshopViewModel workshop() throws IOException {
        if (workshop == null) {
            Sandbox running = sandbox();
            workshop = new WorkshopViewModel(running.scenarios(), running.selectedScenario(), running::selectScenario);
            workshop.selectedProperty().addListener((obs, old, now) -> rateLimitGauge.forgetAll());
        }
        return workshop;
    }

    /**
     * Student mode over the editor: workshops built in and in the workspace folder of the settings, progress in
     * {@code <config folder>/workshop-progress.json}, each exchange the inspector shows checked against the step.
     */
    public synchronized dev.xinspect.ui.viewmodel.StudentViewModel student(RequestViewModel request, InspectorViewModel inspector)
            throws IOException {
        if (student == null) {
            java.util.Optional<Path> folder = java.util.Optional.of(ConfigDirectory.workspaceFor(settings().currentProperty().get(), configFolder));
            student = new dev.xinspect.ui.viewmodel.StudentViewModel(new dev.xinspect.core.workshop.WorkshopLibrary(folder),
                    new dev.xinspect.core.workshop.ProgressStore(configFolder.resolve("workshop-progress.json")),
                    new dev.xinspect.core.workshop.ExpectationChecker(core.diagnoser()), request, workshop(),
                    inspector.selectedProperty(), worker, Platform::runLater);
        }
        return student;
    }

    public InspectorViewModel inspector() {
        ResponseViewModel response = new ResponseViewModel(core.knowledgeBase(), new JsonPrettyPrinter(), core.redactor(),
                bodyWork, Platform::runLater);
        DiagnosisViewModel diagnosis = new DiagnosisViewModel(core.diagnoser(), core.rateLimitText(), bodyWork, Platform::runLater);
        return new InspectorViewModel(core.exchangeReader(), response, diagnosis, core.forumPostDrafter(), core.redactor(),
                worker, Platform::runLater);
    }

    @Override
    public void close() {
        synchronized (this) { // waits for a start under way (startSandboxInBackground); a later one is refused
            closed = true;
            if (sandbox != null) {
                sandbox.close();
            }
        }
        closeQuietly(workspace.get());
        closeQuietly(historyStore);
        worker.shutdownNow();
        bodyWork.shutdownNow();
        scheduler.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
