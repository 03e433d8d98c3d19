package dev.xinspect.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Redacts one text in one step: every finder (secret-named JSON members and {@code name=value} pairs, secret shapes,
 * known values) reports where secrets are, overlapping places are joined, and each is replaced once by a marker in the
 * style of the context. Nothing is scanned twice, so a marker is never redacted again
 * ({@code [redacted: oauth_token] oauth_token]} cannot happen).
 */
final class TextRedaction {
    private TextRedaction() {
    }

    static String apply(String text, KnownSecrets known, Marker style) {
        if (text.isEmpty()) {
            return text;
        }
        List<Found> found = locate(text, known);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int i = 0; i < found.size(); ) {
            Found first = found.get(i);
            int end = first.end();
            int next = i + 1;
            while (next < found.size() && found.get(next).start() < end) {
                end = Math.max(end, found.get(next).end());
                next++;
            }
            String marker = style.of(first.label());
            String quote = first.how() == Found.How.MEMBER_NOT_A_STRING ? "\"" : first.how() == Found.How.ESCAPED_MEMBER_NOT_A_STRING ? "\\\"" : "";
            out.append(text, copied, first.start()).append(quote).append(marker).append(quote);
            copied = end;
            i = next;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Every secret in the text, by start (the longest first where two start together); markers already there are not. */
    static List<Found> locate(String text, KnownSecrets known) {
        List<Found> found = new ArrayList<>();
        JsonMembers.find(text, found);
        if (text.contains("\\\"")) {
            JsonMembers.findEscaped(text, found);
        }
        NamedValues.find(text, found);
        NamedValues.findHeaderLines(text, found);
        BodyRedaction.findFormDataParts(text, found);
        SecretShapes.find(text, found);
        known.find(text, found);
        found.removeIf(f -> f.end() <= f.start() || Marker.isAt(text, f.start()));
        found.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        return found;
    }
}
