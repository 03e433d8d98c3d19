package dev.xinspect.core.sandbox;

import com.sun.net.httpserver.HttpServer;
import dev.xinspect.core.http.ServerLimits;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import dev.xinspect.core.webhook.ReceivedEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The embedded X API stand-in: starts on 127.0.0.1 (never beyond loopback), answers like the X API v2, and closes
 * cleanly. Thread-safe; one sandbox serves many concurrent clients.
 */
public final class Sandbox implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";
    /** Handlers at once: each open stream holds one, so room for a workshop's streams and its ordinary calls. */
    private static final int HANDLER_THREADS = 64;

    static {
        ServerLimits.apply(); // before the JDK's server reads its limits, once per process
    }

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService scheduler;
    private final StreamEndpoints streams;
    private final Scenarios scenarios;
    private final AtomicReference<String> selected;
    private final SandboxCredentials credentials;
    private final ReceivedEvents webhookEvents = new ReceivedEvents(200);
    private final List<Route> routes;

    private Sandbox(SandboxOptions options) throws IOException {
        this.credentials = SandboxCredentials.DEMO.withRedirectUri(options.redirectUri());
        this.scenarios = Scenarios.loadBundled();
        this.selected = new AtomicReference<>(options.scenario());
        requireKnown(options.scenario());
        this.handlers = ServerLimits.pool("sandbox", HANDLER_THREADS);
        this.scheduler = Executors.newScheduledThreadPool(2, Thread.ofPlatform().daemon().name("sandbox-timer-", 1).factory());

        TokenIssuer tokens = new TokenIssuer(options.clock(), credentials.bearerToken());
        Oauth1Tokens oauth1Tokens = new Oauth1Tokens(credentials);
        Oauth1Check oauth1 = new Oauth1Check(credentials, oauth1Tokens);
        List<Route> routes = new ArrayList<>();
        Router[] router = new Router[1];
        ScenarioSource scenario = () -> router[0].currentScenario();
        SandboxData data = new SandboxData(options.clock());
        MediaUploads media = new MediaUploads(options.clock());
        routes.addAll(new ApiEndpoints(data, new UsageCap(10_000), scenario, media).routes());
        routes.addAll(new MediaEndpoints(media).routes());
        this.streams = new StreamEndpoints(new StreamRules(options.clock()), new Fields(data), options, scheduler, scenario);
        routes.addAll(streams.routes());
        routes.addAll(new OAuth2Endpoints(credentials, tokens, new PendingAuthorizations(options.clock()), options.autoApprove()).routes());
        routes.addAll(new OAuth1Endpoints(credentials, oauth1Tokens, oauth1, options.clock(), options.autoApprove()).routes());

        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(LOOPBACK), options.port()), 50);
        URI base = URI.create("http://" + LOOPBACK + ":" + server.getAddress().getPort());
        routes.add(new Route("GET", "/2/openapi.json", Route.Access.NONE, 0, java.util.Set.of(), "This document",
                (request, caller) -> Reply.json(200, openApiDocument())));
        this.routes = List.copyOf(routes);
        router[0] = new Router(routes, new Authenticator(tokens, oauth1Tokens, oauth1), new RateLimiter(options.clock()),
                options.clock(), selected::get);
        server.createContext("/", router[0]);
        server.createContext(WebhookReceiver.PATH, new WebhookReceiver(credentials.consumerSecret(), webhookEvents, options.clock()));
        server.setExecutor(handlers);
        server.start();
    }

    /** Starts a sandbox; {@code options.port()} 0 picks a free port. */
    public static Sandbox start(SandboxOptions options) throws IOException {
        return new Sandbox(options);
    }

    public URI baseUri() {
        return URI.create("http://" + LOOPBACK + ":" + server.getAddress().getPort());
    }

    /**
     * The sandbox's own OpenAPI document, as {@code GET /2/openapi.json} serves it: the window reads it in-process,
     * so its start-up makes no HTTP call (and builds no HTTP client) for it.
     */
    public String openApiDocument() {
        return OpenApiDocument.of(routes, baseUri());
    }

    public SandboxCredentials credentials() {
        return credentials;
    }

    public List<Scenario> scenarios() {
        return scenarios.all();
    }

    public String selectedScenario() {
        return selected.get();
    }

    /** Switches the scenario for every request that does not name its own in {@code X-Xinspect-Scenario}. */
    public void selectScenario(String name) {
        requireKnown(name);
        selected.set(name);
    }

    private void requireKnown(String name) {
        if (scenarios.named(name).isEmpty()) {
            throw new IllegalArgumentException("No sandbox scenario named '" + name + "'. Known: "
                    + String.join(", ", scenarios.all().stream().map(Scenario::name).toList()));
        }
    }

    /** Where the sandbox's webhook receiver listens: it answers X's CRC and records POSTed events. */
    public URI webhookUri() {
        return URI.create(baseUri() + WebhookReceiver.PATH);
    }

    /** What the webhook receiver has been sent, with each event's signature verdict. */
    public ReceivedEvents webhookEvents() {
        return webhookEvents;
    }

    /** Slow stream clients cut off so far because their buffer filled (tests and the benchmarks read it). */
    public long streamCutOffs() {
        return streams.cutOffs();
    }

    @Override
    public void close() {
        streams.closeAll();
        server.stop(0);
        scheduler.shutdownNow();
        handlers.shutdownNow();
    }
}
