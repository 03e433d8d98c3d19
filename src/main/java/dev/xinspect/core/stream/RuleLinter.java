package dev.xinspect.core.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks filtered-stream rules before they are sent: length for the access level (512, 1024 or 2048 characters),
 * balanced quotes and parentheses, duplicates, operators X does not know, and a JSON body whose quotes were not
 * escaped. Pure; the operator list is data ({@code dev/xinspect/stream/operators.json}).
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

    private static final Pattern OPERATOR = Pattern.compile("(?<![\\w\"])-?([a-z_]+):(\\S*)");

    private final Set<String> operators = new HashSet<>();
    private final Set<String> isValues = new HashSet<>();
    private final Set<String> hasValues = new HashSet<>();

    public RuleLinter() {
        try (InputStream in = RuleLinter.class.getResourceAsStream("/dev/xinspect/stream/operators.json")) {
            JsonNode root = JsonLimits.mapper().readTree(in);
            root.path("operators").forEach(n -> operators.add(n.asText()));
            root.path("isValues").forEach(n -> isValues.add(n.asText()));
            root.path("hasValues").forEach(n -> hasValues.add(n.asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<RuleLint> lint(String rule, Level level, List<String> existingRules) {
        List<RuleLint> lints = new ArrayList<>();
        if (rule.isBlank()) {
            lints.add(new RuleLint("A rule cannot be empty.", -1));
            return lints;
        }
        if (rule.length() > level.maxLength()) {
            lints.add(new RuleLint("The rule has " + rule.length() + " characters; your access level allows " + level.maxLength() + ".",
                    level.maxLength()));
        }
        balance(rule, lints);
        if (existingRules.contains(rule)) {
            lints.add(new RuleLint("This rule is already on the stream.", -1));
        }
        Matcher matcher = OPERATOR.matcher(stripQuoted(rule));
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = matcher.group(2);
            if (!operators.contains(name)) {
                lints.add(new RuleLint("Unknown operator \"" + name + ":\".", matcher.start()));
            } else if (name.equals("is") && !isValues.contains(value) || name.equals("has") && !hasValues.contains(value)) {
                lints.add(new RuleLint("Unknown value \"" + name + ":" + value + "\".", matcher.start()));
            }
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

    private static void balance(String rule, List<RuleLint> lints) {
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
    }

    private static String stripQuoted(String rule) {
        return Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"").matcher(rule).replaceAll(m -> " ".repeat(m.group().length()));
    }
}
