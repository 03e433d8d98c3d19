package dev.xinspect.core.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * A small matcher for search queries and stream rules over the sandbox's Posts: space-separated terms that must all
 * match, {@code from:name}, {@code #tag}, {@code -term} to exclude, {@code lang:xx}. Enough to teach rules with.
 */
final class RuleMatcher {
    private RuleMatcher() {
    }

    static boolean matches(String rule, ObjectNode tweet, SandboxData data) {
        String text = tweet.path("text").asText().toLowerCase(Locale.ROOT);
        for (String raw : rule.toLowerCase(Locale.ROOT).replace("(", " ").replace(")", " ").replace("\"", " ").trim().split("\\s+")) {
            boolean negated = raw.startsWith("-");
            String term = negated ? raw.substring(1) : raw;
            boolean hit;
            if (term.startsWith("from:")) {
                String name = term.substring(5);
                hit = data.user(tweet.path("author_id").asText()).map(u -> u.path("username").asText().equalsIgnoreCase(name)).orElse(false);
            } else if (term.startsWith("lang:")) {
                hit = tweet.path("lang").asText().equals(term.substring(5));
            } else if (term.startsWith("is:") || term.startsWith("has:") || term.equals("or") || term.isEmpty()) {
                hit = !term.equals("is:retweet");
            } else {
                hit = text.contains(term);
            }
            if (hit == negated) {
                return false;
            }
        }
        return true;
    }
}
