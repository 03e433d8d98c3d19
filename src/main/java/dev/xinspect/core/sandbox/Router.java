package dev.xinspect.core.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.xinspect.core.http.ServerLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs every request through the layers X puts in front of an endpoint, in X's order: scenario faults, route,
 * authentication, auth mode, rate limit, parameter validation, then the handler; and stamps the headers X sends
 * ({@code date}, {@code x-transaction-id}, {@code x-access-level}, {@code x-rate-limit-*}). A body over
 * {@link SandboxRequest#limitFor} is answered 413 before it is read; the body is read only once the caller is
 * authenticated (OAuth 1.0a reads a form body as part of checking its signature).
 */
final class Router implements HttpHandler {
    static final Duration SKEW = Duration.ofMinutes(10);

    private final List<Route> routes;
    private final Authenticator authenticator;
    private final RateLimiter rateLimiter;
    private final Clock clock;
    private final Supplier<String> selectedScenario;
    private final ThreadLocal<String> requestScenario = new ThreadLocal<>();

    Router(List<Route> routes, Authenticator authenticator, RateLimiter rateLimiter, Clock clock, Supplier<String> selectedScenario) {
        this.routes = List.copyOf(routes);
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
        this.selectedScenario = selectedScenario;
    }

    /** The scenario of the request this thread is handling. */
    String currentScenario() {
        String scenario = requestScenario.get();
        return scenario == null ? selectedScenario.get() : scenario;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            SandboxRequest request = new SandboxRequest(exchange);
            requestScenario.set(request.header(Scenarios.HEADER).orElse(selectedScenario.get()));
            Instant serverNow = currentScenario().equals("clock-skew") ? clock.instant().plus(SKEW) : clock.instant();
            // The JDK server stamps its own Date header (the real time); the sandbox's clock shows in x-rate-limit-reset.
            exchange.getResponseHeaders().set("x-transaction-id", HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
            if (ServerLimits.declaresMoreThan(exchange, SandboxRequest.limitFor(request.path))) {
                ServerLimits.refuseTooLarge(exchange, SandboxRequest.limitFor(request.path));
                return;
            }
            Reply reply = route(request, serverNow);
            if (reply != null) {
                write(exchange, reply);
            }
        } catch (SandboxRequest.BodyTooLarge e) {
            ServerLimits.refuseTooLarge(exchange, SandboxRequest.limitFor(exchange.getRequestURI().getRawPath()));
        } catch (IOException | RuntimeException e) {
            write(exchange, Reply.of(500, "text/plain; charset=utf-8", "Internal sandbox error"));
        } finally {
            requestScenario.remove();
            exchange.close();
        }
    }

    private Reply route(SandboxRequest request, Instant serverNow) throws IOException {
        Optional<Reply> fault = scenarioFault(request);
        if (fault.isPresent()) {
            return fault.get();
        }
        List<Route> onPath = routes.stream().filter(r -> r.match(request.path).isPresent()).toList();
        if (onPath.isEmpty()) {
            return Problems.v1Error(404, 34, "Sorry, that page does not exist");
        }
        Route route = onPath.stream().filter(r -> r.method().equals(request.method)).findFirst().orElse(null);
        if (route == null) {
            return Reply.problem(501, "{\"title\":\"Unimplemented\",\"type\":\"about:blank\",\"status\":501,\"detail\":\""
                    + request.method + " is not supported on " + request.path + "\"}");
        }
        request.pathVariables = route.match(request.path).orElse(Map.of());
        RateLimiter.Outcome outcome = null;
        try {
            Caller caller = route.access() == Route.Access.NONE ? null : authenticator.authenticate(request, currentScenario(), serverNow);
            if (caller != null && caller.isUser()) {
                request.exchange.getResponseHeaders().set("x-access-level", caller.canWrite() ? "read-write" : "read");
            }
            if (route.access() == Route.Access.USER && !caller.isUser()) {
                return Problems.unsupportedAuthentication();
            }
            if (caller != null && route.rateLimit() > 0) {
                outcome = currentScenario().equals("rate-limited") ? rateLimiter.exhausted(route.rateLimit())
                        : rateLimiter.take(route.method() + " " + route.template(), caller.rateKey(), route.rateLimit());
                if (!outcome.allowed()) {
                    return outcome.applyTo(Problems.tooManyRequests());
                }
            }
            ParameterCheck.check(request, route);
            Reply reply = route.handler().handle(request, caller);
            return reply == null || outcome == null ? reply : outcome.applyTo(reply);
        } catch (Rejection rejection) {
            return outcome == null ? rejection.reply : outcome.applyTo(rejection.reply);
        }
    }

    /** Faults a scenario puts in front of every API call, before X's own layers. */
    private Optional<Reply> scenarioFault(SandboxRequest request) {
        if (!request.path.startsWith("/2/") || request.path.equals("/2/openapi.json") || request.path.startsWith("/2/oauth2")) {
            return Optional.empty();
        }
        return switch (currentScenario()) {
            case "server-overloaded" -> Optional.of(Reply.of(503, "application/json; charset=utf-8",
                    "<!DOCTYPE html><html><head><title>Over capacity</title></head><body><h1>Over capacity</h1>"
                            + "<p>Too many requests are being served right now. Please try again later.</p></body></html>"));
            case "internal-error" -> Optional.of(Reply.of(500, "text/plain; charset=utf-8", "Internal Server Error"));
            case "credits-depleted" -> Optional.of(Reply.problem(402, "{\"title\":\"CreditsDepleted\",\"detail\":\"Your enrolled "
                    + "account [1569110312] does not have any credits to fulfill this request.\",\"account_id\":1569110312,"
                    + "\"type\":\"" + Problems.NEW + "credits-depleted\"}"));
            case "app-not-in-project" -> Optional.of(Reply.problem(403, "{\"client_id\":\"1569110312\",\"detail\":\"When "
                    + "authenticating requests to the X API v2 endpoints, you must use keys and tokens from an X developer App "
                    + "that is attached to a Project.\",\"registration_url\":\"https://developer.x.com/en/portal/projects-and-apps\","
                    + "\"title\":\"Client Forbidden\",\"required_enrollment\":\"Appropriate Level of API Access\","
                    + "\"reason\":\"client-not-enrolled\",\"type\":\"" + Problems.CLASSIC + "client-forbidden\"}"));
            default -> Optional.empty();
        };
    }

    private static void write(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach(h -> exchange.getResponseHeaders().add(h.getKey(), h.getValue()));
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
