package dev.xinspect.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces secret spans in one text: the known secret values (in every encoding the {@link KnownSecrets} produce)
 * and the {@link SecretPatterns}. Overlapping spans are merged, so a JWT that is also a known token is marked once.
 */
final class TextRedaction {
    private TextRedaction() {
    }

    static String apply(String text, KnownSecrets known) {
        if (text.isEmpty()) {
            return text;
        }
        List<SecretPatterns.Match> matches = new ArrayList<>(known.find(text));
        matches.addAll(SecretPatterns.find(text));
        if (matches.isEmpty()) {
            return text;
        }
        matches.sort(Comparator.comparingInt(SecretPatterns.Match::start).thenComparing(m -> -m.end()));
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        for (SecretPatterns.Match match : matches) {
            if (match.start() < position) {
                continue; // inside a span already replaced
            }
            out.append(text, position, match.start()).append(SecretNames.marker(match.label()));
            position = match.end();
        }
        return out.append(text, position, text.length()).toString();
    }

    /** Where the secrets are, for a scan that points at them instead of replacing them. */
    static List<SecretPatterns.Match> locate(String text, KnownSecrets known) {
        List<SecretPatterns.Match> matches = new ArrayList<>(known.find(text));
        matches.addAll(SecretPatterns.find(text));
        matches.removeIf(m -> text.startsWith("[redacted:", m.start()));
        matches.sort(Comparator.comparingInt(SecretPatterns.Match::start));
        return matches;
    }
}
