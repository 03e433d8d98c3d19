package dev.xinspect.app;

import dev.xinspect.core.auth.jwt.JwtInspector;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.RequestAuthorizer;
import dev.xinspect.core.http.Variables;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxCredentials;
import dev.xinspect.core.stream.MissedPostsExplainer;
import dev.xinspect.core.stream.RuleLinter;
import dev.xinspect.core.stream.Scheduler;
import dev.xinspect.core.stream.StreamClient;
import dev.xinspect.ui.viewmodel.DiagnosisViewModel;
import dev.xinspect.ui.viewmodel.EnvironmentsViewModel;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import dev.xinspect.ui.viewmodel.JwtViewModel;
import dev.xinspect.ui.viewmodel.Oauth1StepsViewModel;
import dev.xinspect.ui.viewmodel.RequestViewModel;
import dev.xinspect.ui.viewmodel.SignatureFollower;
import dev.xinspect.ui.viewmodel.StreamRulesViewModel;
import dev.xinspect.ui.viewmodel.StreamTarget;
import dev.xinspect.ui.viewmodel.StreamTimelineViewModel;
import dev.xinspect.ui.viewmodel.StreamViewModel;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;

/**
 * The view models of the windows and tools opened from the main window (the OAuth tools, Webhooks, media upload, the
 * stream console, workshop authoring): each is built when its window opens, never before the first frame.
 */
public final class ToolWiring {
    private final UiWiring wiring;
    private final CoreWiring core;
    private final AuthWiring auth;
    private final ExecutorService worker;
    private final ScheduledExecutorService scheduler;

    ToolWiring(UiWiring wiring, CoreWiring core, AuthWiring auth, ExecutorService worker, ScheduledExecutorService scheduler) {
        this.wiring = wiring;
        this.core = core;
        this.auth = auth;
        this.worker = worker;
        this.scheduler = scheduler;
    }

    /** The OAuth 1.0a signer following the request being edited, with the keys of the profile chosen for it. */
    public Oauth1StepsViewModel signatureStepsFor(RequestViewModel request) {
        return SignatureFollower.follow(oauth1Steps(), request, request.authProperty().get(), worker, Platform::runLater);
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

    /** "Check a signature": a verifier of its own per window, remembering the nonces checked in it. */
    public dev.xinspect.ui.viewmodel.SignatureCheckViewModel signatureCheck() {
        return new dev.xinspect.ui.viewmodel.SignatureCheckViewModel(new dev.xinspect.core.auth.Oauth1Verifier(core.clock(),
                new dev.xinspect.core.auth.NonceLedger()));
    }

    public JwtViewModel jwtInspector() {
        return new JwtViewModel(new JwtInspector(), core.clock());
    }

    /** The Webhooks window over the sandbox's receiver, its consumer secret filled in (a published sandbox value). */
    public dev.xinspect.ui.viewmodel.WebhooksViewModel webhooks() throws IOException {
        Sandbox running = wiring.sandbox();
        return new dev.xinspect.ui.viewmodel.WebhooksViewModel(new dev.xinspect.core.webhook.CrcResponder(),
                new dev.xinspect.core.webhook.SignatureChecker(), running.webhookEvents(), running.webhookUri().toString(),
                running.credentials().consumerSecret(), request -> wiring.sender().send(request),
                worker, Platform::runLater);
    }

    /**
     * The guided chunked media upload, signing with the editor's chosen profile and sending to its environment's
     * {@code baseUrl}; every call goes to the inspector and the history as Send's do.
     */
    public dev.xinspect.ui.viewmodel.MediaUploadViewModel mediaUpload(RequestViewModel request, InspectorViewModel inspector)
            throws IOException {
        String sandboxBase = wiring.sandbox().baseUri().toString();
        EnvironmentsViewModel chosen = wiring.environments();
        RequestAuthorizer authorizer = new RequestAuthorizer(auth.requestSigner());
        return new dev.xinspect.ui.viewmodel.MediaUploadViewModel((sent, option) -> wiring.sender()
                .send(authorizer.authorize(sent, auth.credentialsFor(option))), request.authProperty()::get,
                () -> chosen == null ? sandboxBase : chosen.values().getOrDefault("baseUrl", sandboxBase), ToolWiring::sleep,
                new DiagnosisViewModel(core.diagnoser(), core.rateLimitText(), worker, Platform::runLater),
                exchange -> {
                    inspector.showExchange(exchange, exchange.request().method() + " " + exchange.request().url());
                    wiring.history(inspector).record(exchange);
                }, worker, Platform::runLater);
    }

    /** Waits between STATUS calls on the worker; an interrupt (closing the app) ends the wait. */
    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The streaming console over the sandbox's streams, with the App's app-only Bearer token (or the request's own
     * credentials when opened from the workbench); rules requests go through the workbench's sender with the same
     * credentials, answers and refused connections to the inspector.
     */
    public StreamViewModel streamConsole(InspectorViewModel inspector) throws IOException {
        Sandbox running = wiring.sandbox();
        Variables variables = new Variables(Map.of("baseUrl", running.baseUri().toString()));
        RequestAuthorizer authorizer = new RequestAuthorizer(auth.requestSigner());
        StreamClient client = new StreamClient(Senders.clientFor(wiring.settings().currentProperty().get()), core.clock(), scheduler);
        StreamTarget target = new StreamTarget(text -> {
            try {
                return variables.resolve(text);
            } catch (Variables.UnknownVariableException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }, authorizer::authorize, auth::credentialsFor, auth.builtInOptions().get(0));
        java.util.function.Consumer<dev.xinspect.core.http.Exchange> diagnose = exchange -> inspector.showExchange(exchange, "stream");
        StreamTimelineViewModel timeline = new StreamTimelineViewModel(new MissedPostsExplainer(core.knowledgeBase()),
                inspector.diagnosis()::showDiagnosis, core.clock());
        StreamRulesViewModel rules = new StreamRulesViewModel(request -> wiring.sender().send(request),
                target, new RuleLinter(), exchange -> inspector.showExchange(exchange, "stream rules"), timeline::ruleChanged,
                worker, Platform::runLater);
        return new StreamViewModel(client::open, target, Scheduler.of(scheduler), diagnose, timeline, rules,
                core.redactor()::redactText, core.clock(), worker, Platform::runLater);
    }

    /** Authoring workshops in the current workspace folder. */
    public dev.xinspect.ui.viewmodel.AuthoringViewModel authoring() {
        List<String> scenarioNames = dev.xinspect.core.sandbox.Scenarios.loadBundled().all().stream()
                .map(dev.xinspect.core.sandbox.Scenario::name).toList();
        dev.xinspect.core.workshop.WorkshopRehearsal rehearsal = new dev.xinspect.core.workshop.WorkshopRehearsal(
                new dev.xinspect.core.workshop.ExpectationChecker(core.diagnoser()), core.clock(), new java.security.SecureRandom());
        return new dev.xinspect.ui.viewmodel.AuthoringViewModel(wiring::workspace, scenarioNames, rehearsal::rehearse, worker,
                Platform::runLater);
    }
}
