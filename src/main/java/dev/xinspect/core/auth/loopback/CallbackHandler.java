package dev.xinspect.core.auth.loopback;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.xinspect.core.auth.OAuthException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** Answers the browser's redirect: the first hit on the callback path decides the result, the page says how it went. */
final class CallbackHandler<T> implements HttpHandler {
    private final String path;
    private final CallbackCheck<T> check;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final AtomicBoolean used = new AtomicBoolean();

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
            if (result.isDone() || !used.compareAndSet(false, true)) {
                respond(exchange, 409, "Already finished", "This sign-in has already finished. Return to xinspect.");
                return;
            }
            T value;
            try {
                value = check.check(CallbackQuery.parse(exchange.getRequestURI().getRawQuery()));
            } catch (OAuthException | IllegalArgumentException e) {
                respond(exchange, 400, "Sign-in failed", e.getMessage() + " Return to xinspect to try again.");
                result.completeExceptionally(e instanceof OAuthException ? e : OAuthException.failure(e.getMessage()));
                return;
            }
            respond(exchange, 200, "Signed in", "xinspect received the authorization. You can close this tab.");
            result.complete(value);
        }
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
