package dev.xinspect.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.xinspect.core.json.JsonLimits;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the object text people paste from their programs as JSON: JavaScript object literals as Node prints them
 * ({@code { error: 'invalid_request', data: [Object] }}, class names before braces, {@code <ref *1>}, trailing commas)
 * and Python reprs ({@code {'title': 'Unauthorized', 'x': None}}, {@code u'…'} strings, {@code True}/{@code False}).
 * Pure; never throws: text it cannot read is empty.
 */
final class LenientJson {
    private static final JsonMapper MAPPER = JsonLimits.mapperBuilder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    /** Node's placeholders for what it did not print, and its markers: each stands for no value. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\[(?:Object|Array|Circular[^\\]]*|Function[^\\]]*|Getter[^\\]]*|Setter[^\\]]*|class [^\\]]*)\\]");
    private static final Pattern DROPPED = Pattern.compile("\\[Object: null prototype\\]|<ref \\*\\d+>|\\.\\.\\. \\d+ more items?");
    private static final Set<String> NULLS = Set.of("None", "null", "undefined", "NaN", "Infinity");

    private LenientJson() {
    }

    /** The first object in {@code text} (from its first {@code '{'} that starts a readable object), as JSON. */
    static Optional<JsonNode> firstObject(String text) {
        for (int start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
            int end = endOfBlock(text, start);
            if (end < 0) {
                continue;
            }
            Optional<JsonNode> node = parse(text.substring(start, end + 1));
            if (node.isPresent() && node.get().isObject()) {
                return node;
            }
        }
        return Optional.empty();
    }

    /** A whole object or array text, strict JSON or not. */
    static Optional<JsonNode> parse(String text) {
        try {
            return Optional.ofNullable(MAPPER.readTree(text));
        } catch (JsonProcessingException strict) {
            try {
                return Optional.ofNullable(MAPPER.readTree(toJson(text)));
            } catch (JsonProcessingException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /** Where the block opened at {@code start} closes (quotes of either kind respected), or -1. */
    private static int endOfBlock(String text, int start) {
        int depth = 0;
        char quote = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Rewrites object-literal text as JSON: keys and single-quoted strings double-quoted, words turned into values. */
    static String toJson(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = copyString(text, i, out);
            } else if (c == '[' || c == '<' || c == '.') {
                Matcher placeholder = PLACEHOLDER.matcher(text).region(i, text.length());
                Matcher dropped = DROPPED.matcher(text).region(i, text.length());
                if (placeholder.lookingAt()) {
                    out.append("null");
                    i = placeholder.end();
                } else if (dropped.lookingAt()) {
                    i = dropped.end();
                } else {
                    out.append(c);
                    i++;
                }
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                i = word(text, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int word(String text, int start, StringBuilder out) {
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_' || text.charAt(end) == '$'
                || text.charAt(end) == '-')) {
            end++;
        }
        String word = text.substring(start, end);
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        char after = next < text.length() ? text.charAt(next) : 0;
        if (after == ':') {
            out.append('"').append(word).append('"'); // a bare key
        } else if ((after == '\'' || after == '"') && next == end && word.length() <= 2) {
            // Python's u'…', b'…', r'…' string prefixes: the string follows
        } else if (after == '{' || after == '[') {
            // a class name Node prints before an object (AxiosHeaders {, ApiResponseError [): the object follows
        } else if (NULLS.contains(word)) {
            out.append("null");
        } else if (word.equals("True") || word.equals("true")) {
            out.append("true");
        } else if (word.equals("False") || word.equals("false")) {
            out.append("false");
        } else {
            out.append('"').append(word).append('"'); // some other bare word: kept as text
        }
        return end;
    }

    /** Copies a quoted string as a JSON string; returns the index after its closing quote. */
    private static int copyString(String text, int start, StringBuilder out) {
        char quote = text.charAt(start);
        out.append('"');
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char escaped = text.charAt(i + 1);
                if (escaped == '\'') {
                    out.append('\'');
                } else {
                    out.append(c).append(escaped);
                }
                i += 2;
                continue;
            }
            if (c == '"') {
                out.append("\\\"");
            } else {
                out.append(c);
            }
            i++;
        }
        out.append('"');
        return i + 1;
    }
}
