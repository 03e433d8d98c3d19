package dev.xinspect.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secret-looking text recognised by shape alone, wherever it sits: JWTs, X's app-only Bearer tokens, OAuth 1.0a
 * parameter values, {@code Bearer}/{@code Basic} credentials written out in text. Patterns use possessive
 * quantifiers so a 10 MB body is scanned in linear time.
 */
final class SecretPatterns {
    /** A located secret: where it is in the text and what kind it is. */
    record Match(int start, int end, String label) {
    }

    /**
     * @param keyword text every match starts with, in any case: a text without it is not scanned (case-insensitive
     *                patterns cannot skip ahead the way literal ones do, and cost a pass over the text each); null
     *                for a pattern with a literal prefix, which the regex engine already skips to
     */
    private record Rule(Pattern pattern, int group, String label, String keyword) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("eyJ[A-Za-z0-9_-]++\\.eyJ[A-Za-z0-9_-]++\\.[A-Za-z0-9_-]*+"), 0, "JWT", null),
            new Rule(Pattern.compile("AAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%_\\-]{20,}+"), 0, "bearer token", null),
            new Rule(Pattern.compile("(?i)\\bBearer\\s++([A-Za-z0-9._~+/%=-]{16,}+)"), 1, "bearer token", "bearer"),
            new Rule(Pattern.compile("(?i)\\bBasic\\s++([A-Za-z0-9+/=]{12,}+)"), 1, "basic credentials", "basic"),
            new Rule(Pattern.compile("(?i)\\b(oauth_(?:signature|token|consumer_key|nonce|verifier|token_secret))"
                    + "(\\s*+=\\s*+\"?)([^\"&,\\s]++)"), 3, "OAuth 1.0a value", "oauth_"));

    private SecretPatterns() {
    }

    static List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.keyword() != null && !containsIgnoringCase(text, rule.keyword())) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                String label = rule.group() == 3 ? SecretNames.label(matcher.group(1)).orElse(rule.label()) : rule.label();
                matches.add(new Match(matcher.start(rule.group()), matcher.end(rule.group()), label));
            }
        }
        return matches;
    }

    /** Whether the text holds the word in any mix of ASCII upper and lower case; the word starts with a letter. */
    static boolean containsIgnoringCase(String text, String word) {
        char first = word.charAt(0);
        for (char start : new char[] {Character.toLowerCase(first), Character.toUpperCase(first)}) {
            for (int at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
                if (text.regionMatches(true, at, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }
}
