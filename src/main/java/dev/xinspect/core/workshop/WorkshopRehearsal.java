package dev.xinspect.core.workshop;

import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.NonceSource;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.auth.RequestAuthorizer;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.Variables;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxCredentials;
import dev.xinspect.core.sandbox.SandboxOptions;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;

/**
 * Plays every step of a workshop as its author meant it: an embedded sandbox on 127.0.0.1 started for the purpose,
 * each step's scenario selected, its reference request sent with the sandbox identity it names, and the exchange
 * checked against the step's expectations. So a lesson never promises what the sandbox does not show.
 */
public final class WorkshopRehearsal {
    /** A step's request must end: an endless stream (keep-alives keep the body alive) is cut here and reported. */
    private static final Duration LONGEST_STEP = Duration.ofSeconds(30);

    private final ExpectationChecker checker;
    private final Clock clock;
    private final RandomGenerator random;

    public WorkshopRehearsal(ExpectationChecker checker, Clock clock, RandomGenerator random) {
        this.checker = checker;
        this.clock = clock;
        this.random = random;
    }

    /** Step by step, in order; one step's failure never stops the others. */
    public List<StepOutcome> rehearse(Workshop workshop, SavedRequestResolver resolver) throws IOException {
        SandboxOptions options = SandboxOptions.defaults().withClock(clock)
                .withStreamPace(Duration.ofSeconds(1), Duration.ZERO);
        List<StepOutcome> outcomes = new ArrayList<>();
        try (Sandbox sandbox = Sandbox.start(options)) {
            HttpSender sender = new HttpSender(HttpSender.defaultClient(Duration.ofSeconds(5)), Duration.ofSeconds(10),
                    Duration.ofSeconds(10), false, clock, "xinspect-workshop-check");
            Variables variables = new Variables(Map.of("baseUrl", sandbox.baseUri().toString()));
            String[] userToken = new String[1];
            for (int i = 0; i < workshop.steps().size(); i++) {
                WorkshopStep step = workshop.steps().get(i);
                try {
                    sandbox.selectScenario(step.scenario());
                    StepRequest request = resolver.resolve(step.request());
                    if (request.auth() == StepAuth.OAUTH2_USER && userToken[0] == null) {
                        userToken[0] = SandboxSignIn.userToken(sandbox.baseUri(), sandbox.credentials(), sender, random);
                    }
                    SentRequest sent = new RequestAuthorizer(new Oauth1Signer(clock, NonceSource.from(random))).authorize(new SentRequest(request.method(),
                            variables.resolve(request.url()), new Headers(request.headers()), Body.ofText(variables.resolve(request.body()))),
                            auth(request.auth(), sandbox.credentials(), userToken[0]));
                    Exchange exchange = sendWithin(sender, sent);
                    outcomes.add(new StepOutcome(i + 1, step, checker.check(step.expectations(), exchange), ""));
                } catch (IOException | IllegalArgumentException | Variables.UnknownVariableException e) {
                    outcomes.add(new StepOutcome(i + 1, step, List.of(), e.getMessage()));
                }
            }
        }
        return outcomes;
    }

    private static Exchange sendWithin(HttpSender sender, SentRequest request) throws IOException {
        CompletableFuture<Exchange> sending = CompletableFuture.supplyAsync(() -> sender.send(request));
        try {
            return sending.get(LONGEST_STEP.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            sending.cancel(true);
            throw new IOException("The reference request did not end within " + LONGEST_STEP.toSeconds()
                    + " s (an endless stream?); a step's request must end for it to be checked.");
        } catch (ExecutionException e) {
            throw new IOException("The reference request could not be sent: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("The check was interrupted.");
        }
    }

    private static RequestAuth auth(StepAuth auth, SandboxCredentials app, String userToken) {
        return switch (auth) {
            case NONE -> new RequestAuth.None();
            case APP_ONLY -> new RequestAuth.Bearer(app.bearerToken());
            case OAUTH1_USER -> new RequestAuth.Oauth1(new Oauth1Credentials(app.consumerKey(), app.consumerSecret(),
                    app.accessToken(), app.accessTokenSecret()));
            case OAUTH2_USER -> new RequestAuth.Bearer(userToken);
        };
    }
}
