package dev.xinspect.core.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.xinspect.core.json.JsonLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks filtered-stream rules and search queries before they are sent: length for the access level, balanced quotes
 * and parentheses, duplicates, and X's grammar ({@link RuleGrammar}: negation-only rules, operators that cannot stand
 * alone, unknown operators), and a JSON body whose quotes were not escaped. Pure; the operator lists are data
 * ({@code dev/xinspect/stream/operators.json}).
 */
public final class RuleLinter {
    /** Rule length limits by access level. */
    public enum Level {
        BASIC(512), PRO(1024), ENTERPRISE(2048);

        private final int maxLength;

        Level(int maxLength) {
            this.maxLength = maxLength;
        }

        public int maxLength() {
            return maxLength;
        }
    }

    /** Search {@code query} length limits: recent search (self-serve access) and full-archive search (Pro and up). */
    public enum SearchLevel {
        RECENT(512), FULL_ARCHIVE(1024);

        private final int maxLength;

        SearchLevel(int maxLength) {
            this.maxLength = maxLength;
        }

        public int maxLength() {
            return maxLength;
        }
    }

    private final RuleGrammar grammar = new RuleGrammar(OperatorBook.loadBundled());

    public List<RuleLint> lint(String rule, Level level, List<String> existingRules) {
        List<RuleLint> lints = lintText(rule, level.maxLength(), "your access level allows", RuleGrammar.Dialect.STREAM_RULE);
        if (existingRules.contains(rule)) {
            lints.add(new RuleLint("This rule is already on the stream.", -1));
        }
        return lints;
    }

    /** A recent or full-archive search {@code query}, by the same grammar with search's own operators and length. */
    public List<RuleLint> lintQuery(String query, SearchLevel level) {
        return lintText(query, level.maxLength(), level == SearchLevel.RECENT ? "recent search allows"
                : "full-archive search allows", RuleGrammar.Dialect.SEARCH_QUERY);
    }

    private List<RuleLint> lintText(String text, int maxLength, String allowance, RuleGrammar.Dialect dialect) {
        List<RuleLint> lints = new ArrayList<>();
        if (text.isBlank()) {
            lints.add(new RuleLint(dialect == RuleGrammar.Dialect.STREAM_RULE ? "A rule cannot be empty." : "A query cannot be empty.", -1));
            return lints;
        }
        if (text.length() > maxLength) {
            lints.add(new RuleLint("The " + (dialect == RuleGrammar.Dialect.STREAM_RULE ? "rule" : "query") + " has "
                    + text.length() + " characters; " + allowance + " " + maxLength + ".", maxLength));
        }
        if (balance(text, lints)) {
            lints.addAll(grammar.check(text, dialect));
        }
        return lints;
    }

    /** A rules request body typed by hand: it must be JSON, which is where unescaped quotes in rules break. */
    public List<RuleLint> lintJsonBody(String body) {
        try {
            JsonLimits.mapper().readTree(body);
            return List.of();
        } catch (JsonProcessingException e) {
            long offset = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getCharOffset());
            return List.of(new RuleLint("The body is not valid JSON (" + JsonLimits.problem(e)
                    + "). Quotes inside a rule must be escaped as \\\".", (int) Math.min(offset, body.length())));
        }
    }

    /**
     * A rules request body ({@code {"add":[{"value":…,"tag":…}]}}) typed by hand: not JSON, or each rule it adds
     * linted against the access level (a rule repeated within the body counts as a duplicate).
     */
    public List<RuleLint> lintAddBody(String body, Level level) {
        JsonNode root;
        try {
            root = JsonLimits.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            return lintJsonBody(body);
        }
        List<RuleLint> lints = new ArrayList<>();
        List<String> earlier = new ArrayList<>();
        for (JsonNode added : root == null ? List.<JsonNode>of() : iterable(root.path("add"))) {
            String rule = added.path("value").asText("");
            lint(rule, level, earlier).forEach(l -> lints.add(new RuleLint("Rule \"" + rule + "\": " + l.message(), l.position())));
            earlier.add(rule);
        }
        return lints;
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array::elements;
    }

    /** True when quotes and parentheses balance, so the grammar can be read. */
    private static boolean balance(String rule, List<RuleLint> lints) {
        int before = lints.size();
        int depth = 0;
        int quoteAt = -1;
        for (int i = 0; i < rule.length(); i++) {
            char c = rule.charAt(i);
            if (c == '"' && (i == 0 || rule.charAt(i - 1) != '\\')) {
                quoteAt = quoteAt < 0 ? i : -1;
            } else if (quoteAt < 0 && c == '(') {
                depth++;
            } else if (quoteAt < 0 && c == ')' && --depth < 0) {
                lints.add(new RuleLint("A closing parenthesis has no opening one.", i));
                depth = 0;
            }
        }
        if (quoteAt >= 0) {
            lints.add(new RuleLint("A quote is opened and never closed.", quoteAt));
        }
        if (depth > 0) {
            lints.add(new RuleLint(depth + " parenthes" + (depth == 1 ? "is is" : "es are") + " never closed.", -1));
        }
        return lints.size() == before;
    }
}
