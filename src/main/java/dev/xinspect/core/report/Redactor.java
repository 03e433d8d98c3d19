package dev.xinspect.core.report;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.Redirect;
import dev.xinspect.core.http.SentRequest;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one place that knows what a secret is. Every output (forum post, {@code explain}, HAR, curl, HTTPie and xurl
 * exports, the history on disk, the stream recorder, clipboard copies, log lines) passes exchanges and text through
 * it. It reads structure where there is structure: headers by name and value shape, URLs by component, form,
 * multipart and JSON bodies by names (in any case and separator style, after unescaping), and free text elsewhere
 * by secret shapes; every value the credential store holds is found in any encoding. Each removal leaves a marker
 * that keeps the format valid ({@code [redacted: bearer token]} in text and JSON strings,
 * {@code redacted:access-token} in URLs and forms). Redacting twice changes nothing. Thread-safe; linear in the size
 * of its input.
 */
public final class Redactor {
    private final Supplier<? extends Collection<String>> knownSecrets;
    private volatile Collection<String> basis;
    private volatile KnownSecrets known;

    public Redactor(Collection<String> knownSecrets) {
        this(() -> knownSecrets);
    }

    /**
     * @param knownSecrets the credential store's values as they are now; read at each redaction, so its result
     *                     should be a cached snapshot (the forms are rebuilt only when a different snapshot comes back)
     */
    public Redactor(Supplier<? extends Collection<String>> knownSecrets) {
        this.knownSecrets = knownSecrets;
    }

    public static Redactor withoutKnownSecrets() {
        return new Redactor(List.of());
    }

    /** The encoded forms of the current snapshot of known secrets, built once per snapshot. */
    private KnownSecrets known() {
        Collection<String> now = knownSecrets.get();
        KnownSecrets current = known;
        if (current == null || now != basis) {
            current = new KnownSecrets(now);
            known = current;
            basis = now;
        }
        return current;
    }

    public Exchange redact(Exchange exchange) {
        return new Exchange(exchange.request() == null ? null : redact(exchange.request()),
                exchange.response() == null ? null : redact(exchange.response()), exchange.failure(),
                exchange.timings(), exchange.startedAt(), exchange.redirects().stream().map(this::redact).toList());
    }

    /** A hop keeps its shape; its URLs (a token in a query, a code in a callback) are redacted. */
    public Redirect redact(Redirect hop) {
        return new Redirect(hop.method(), redactUrl(hop.url()), hop.status(), redactUrl(hop.location()), hop.nextMethod(),
                redactUrl(hop.nextUrl()), hop.notes());
    }

    public SentRequest redact(SentRequest request) {
        return new SentRequest(request.method(), redactUrl(request.url()), redact(request.headers()),
                redact(request.body(), request.headers().first("content-type").orElse("")));
    }

    public ReceivedResponse redact(ReceivedResponse response) {
        return new ReceivedResponse(response.status(), response.reason(), response.httpVersion(),
                redact(response.headers()), redact(response.body(), response.headers().first("content-type").orElse("")));
    }

    public Headers redact(Headers headers) {
        HeaderRedaction redaction = new HeaderRedaction(known(), new ParameterRedaction(known()));
        return new Headers(headers.list().stream().map(redaction::redact).toList());
    }

    /** A URL with its userinfo, secret-named parameters (query and fragment, nested URLs too) and secret shapes replaced. */
    public String redactUrl(String url) {
        return url == null ? null : new ParameterRedaction(known()).url(url);
    }

    /** A body whose type is not known: sniffed as a form, else read as text. */
    public Body redact(Body body) {
        return redact(body, "");
    }

    /** A body read by its Content-Type; binary and invalid UTF-8 are scanned too, and their other bytes kept. */
    public Body redact(Body body, String contentType) {
        KnownSecrets current = known();
        return new BodyRedaction(current, new ParameterRedaction(current)).redact(body, contentType);
    }

    /** Free text (a log line, a forum post, a diagnosis, a stream line): names, shapes and known values. */
    public String redactText(String text) {
        return text == null ? null : TextRedaction.apply(text, known(), Marker.TEXT);
    }

    /** Where secrets still stand in a final text, for the scan before copying a post. */
    public List<SecretSpan> scan(String text) {
        return TextRedaction.locate(text, known()).stream().map(f -> new SecretSpan(f.start(), f.end(), f.label())).toList();
    }

    /** Every secret in a text with the name it was written under, for {@link LiteralSecrets}. */
    List<Found> locate(String text) {
        return TextRedaction.locate(text, known());
    }
}
