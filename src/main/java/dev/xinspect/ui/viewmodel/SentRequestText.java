package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Redirect;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.report.Redactor;
import java.util.List;
import java.util.stream.Collectors;

/** The request as it was sent, and the redirects followed to it, as the response side shows them. */
final class SentRequestText {
    private final Redactor redactor;

    SentRequestText(Redactor redactor) {
        this.redactor = redactor;
    }

    /** "Redirected 2×: 301 → https://…, 302 → https://…", URLs always redacted (this line shows in presenter mode). */
    String redirectLine(Exchange shown) {
        List<Redirect> hops = shown.redirects();
        if (hops.isEmpty()) {
            return "";
        }
        long notes = hops.stream().mapToLong(h -> h.notes().size()).sum();
        return "Redirected " + hops.size() + "×: " + hops.stream().map(h -> h.status() + " → " + redactor.redactUrl(h.nextUrl()))
                .collect(Collectors.joining(", ")) + (notes == 0 ? "" : " (" + notes + (notes == 1 ? " note" : " notes")
                + " in Request as sent)");
    }

    /** Each hop, its notes, then the request the response answers. */
    String describe(Exchange shown, SentRequest request, boolean reveal) {
        StringBuilder text = new StringBuilder();
        List<Redirect> hops = shown.redirects();
        if (!hops.isEmpty()) {
            text.append("Redirects followed (").append(hops.size()).append("):\n");
            for (int i = 0; i < hops.size(); i++) {
                Redirect hop = hops.get(i);
                text.append(i + 1).append(". ").append(hop.method()).append(' ').append(url(hop.url(), reveal)).append(" → ")
                        .append(hop.status()).append(", Location: ").append(url(hop.location(), reveal)).append(" → ")
                        .append(hop.nextMethod()).append(' ').append(url(hop.nextUrl(), reveal)).append('\n');
                hop.notes().forEach(note -> text.append("   ").append(note).append('\n'));
            }
            text.append('\n');
        }
        return text.append(describe(reveal ? request : redactor.redact(request))).toString();
    }

    private String url(String url, boolean reveal) {
        return reveal ? url : redactor.redactUrl(url);
    }

    private static String describe(SentRequest request) {
        StringBuilder text = new StringBuilder(request.method()).append(' ').append(request.url()).append('\n');
        request.headers().list().forEach(h -> text.append(h.name()).append(": ").append(h.value()).append('\n'));
        if (!request.body().isEmpty()) {
            text.append('\n').append(request.body().isText() ? request.body().text() : "(" + request.body().size() + " bytes of binary)");
        }
        return text.toString();
    }
}
