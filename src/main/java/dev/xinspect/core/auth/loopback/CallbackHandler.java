package dev.xinspect.core.auth.loopback;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.xinspect.core.auth.OAuthException;
import dev.xinspect.core.http.ServerLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Answers the browser's redirect: the first redirect that belongs to this sign-in ({@link CallbackCheck#belongs})
 * decides the result, the page says how it went. Redirects that do not belong, and requests with a body, are answered
 * and ignored; they never finish or cancel the sign-in. Thread-safe: the listener runs handlers on a small pool.
 */
final class CallbackHandler<T> implements HttpHandler {
    private final String path;
    private final CallbackCheck<T> check;
    private final CompletableFuture<T> result = new CompletableFuture<>();

    CallbackHandler(String path, CallbackCheck<T> check) {
        this.path = path;
        this.check = check;
    }

    CompletableFuture<T> result() {
        return result;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getRawPath().equals(path)) {
                respond(exchange, 404, "Not here", "This is xinspect's sign-in listener; it only answers " + path + ".");
                return;
            }
            if (ServerLimits.hasBody(exchange)) {
                ServerLimits.refuseTooLarge(exchange, 0); // a redirect is a GET: a body is not read, whatever its size
                return;
            }
            if (result.isDone()) {
                respond(exchange, 409, "Already finished", "This sign-in has already finished. Return to xinspect.");
                return;
            }
            Map<String, String> query;
            try {
                query = CallbackQuery.parse(exchange.getRequestURI().getRawQuery());
            } catch (IllegalArgumentException e) {
                respond(exchange, 400, "Not a sign-in redirect", "This address is not a redirect xinspect can read; it was ignored.");
                return;
            }
            if (!check.belongs(query)) {
                respond(exchange, 400, "Not this sign-in", "This redirect does not match this sign-in (an old tab, or a "
                        + "request xinspect did not start); it was ignored. Return to xinspect.");
                return;
            }
            decide(exchange, query);
        }
    }

    /** One redirect at a time decides, so a second one arriving together gets "already finished". */
    private synchronized void decide(HttpExchange exchange, Map<String, String> query) throws IOException {
        if (result.isDone()) {
            respond(exchange, 409, "Already finished", "This sign-in has already finished. Return to xinspect.");
            return;
        }
        T value;
        try {
            value = check.check(query);
        } catch (OAuthException | IllegalArgumentException e) {
            respond(exchange, 400, "Sign-in failed", e.getMessage() + " Return to xinspect to try again.");
            result.completeExceptionally(e instanceof OAuthException ? e : OAuthException.failure(e.getMessage()));
            return;
        }
        respond(exchange, 200, "Signed in", "xinspect received the authorization. You can close this tab.");
        result.complete(value);
    }

    private static void respond(HttpExchange exchange, int status, String title, String message) throws IOException {
        byte[] page = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>xinspect: " + escape(title)
                + "</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>" + escape(title) + "</h1><p>"
                + escape(message) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        // The page must not leak the code to other sites through the Referer header (RFC 6749 §10.5).
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(status, page.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(page);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
