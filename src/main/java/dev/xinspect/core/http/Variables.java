package dev.xinspect.core.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code {{name}}} with the environment's values. An unknown name is an error that names it: a request
 * must never go out with an empty or literal placeholder.
 */
public final class Variables {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");
    /** {@code {{base64(text)}}}: an imported {@code curl -u "$KEY:$SECRET"}, whose Basic value needs the resolved text. */
    private static final Pattern BASE64 = Pattern.compile("\\{\\{base64\\((.*?)\\)}}");

    private final Map<String, String> values;

    public Variables(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Where a {@code {{name}}} sits in a text: {@code start} inclusive, {@code end} exclusive. */
    public record Placeholder(int start, int end, String name) {
    }

    /** Every {@code {{name}}} in {@code text}, in order, for highlighting. */
    public static List<Placeholder> placeholders(String text) {
        List<Placeholder> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            found.add(new Placeholder(matcher.start(), matcher.end(), matcher.group(1)));
        }
        return found;
    }

    /** {@code text} with every {@code {{name}}} replaced by {@code value}: a check of a body before its values are known. */
    public static String withEveryPlaceholderAs(String text, String value) {
        return PLACEHOLDER.matcher(text).replaceAll(Matcher.quoteReplacement(value));
    }

    public String resolve(String text) throws UnknownVariableException {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        List<String> unknown = new ArrayList<>();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                unknown.add(matcher.group(1));
                value = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        if (!unknown.isEmpty()) {
            throw new UnknownVariableException("Unknown variable" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown.stream().map(n -> "{{" + n + "}}").toList()) + " in the current environment.");
        }
        return BASE64.matcher(out).replaceAll(encoded -> Matcher.quoteReplacement(java.util.Base64.getEncoder()
                .encodeToString(encoded.group(1).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    /** A {@code {{name}}} with no value in the environment. */
    public static final class UnknownVariableException extends Exception {
        public UnknownVariableException(String message) {
            super(message);
        }
    }
}
