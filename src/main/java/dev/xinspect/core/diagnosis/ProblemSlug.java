package dev.xinspect.core.diagnosis;

import java.util.Locale;

/**
 * Turns a problem {@code type} URI into the slug the knowledge base is keyed by. Real responses use both
 * {@code https://api.x.com/2/problems/…} and {@code https://api.twitter.com/2/problems/…} (the reference page even
 * writes {@code api.X.com}): all are the same problem, so only the part after {@code /2/problems/} counts.
 */
public final class ProblemSlug {
    private static final String MARKER = "/2/problems/";

    private ProblemSlug() {
    }

    /** {@code about:blank} stays as it is; an unknown shape of URI is returned trimmed, unchanged. */
    public static String of(String typeUri) {
        String trimmed = typeUri == null ? "" : typeUri.trim();
        int marker = trimmed.toLowerCase(Locale.ROOT).indexOf(MARKER);
        if (marker < 0) {
            return trimmed;
        }
        String slug = trimmed.substring(marker + MARKER.length());
        int end = indexOfAny(slug, "?#/");
        return (end < 0 ? slug : slug.substring(0, end)).toLowerCase(Locale.ROOT);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
