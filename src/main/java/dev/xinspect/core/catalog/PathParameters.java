package dev.xinspect.core.catalog;

import dev.xinspect.core.http.QueryString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code {id}} slots of a path template: their names, the values a concrete URL puts in them, and the path with
 * values filled in. Pure functions.
 */
public final class PathParameters {
    /** RFC 3986 §3.3: a path segment may hold unreserved characters, sub-delims, ':' and '@' as they are. */
    private static final String SEGMENT_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@";

    private PathParameters() {
    }

    /** {@code /2/users/{id}/following} → {@code [id]}, in path order. */
    public static List<String> names(String template) {
        return PathTemplate.of(template).slotNames();
    }

    /**
     * The values a URL puts in the template's slots ({@code https://api.x.com/2/users/12/following} gives
     * {@code {id=12}}), as typed (still percent-encoded); empty when the URL does not fit the template. A slot the
     * URL still shows as {@code {name}} has no value.
     */
    public static Map<String, String> valuesIn(String template, String url) {
        return read(template, url).orElseGet(LinkedHashMap::new);
    }

    /** True when the URL's path has the template's segments: its literal ones as they are, any text in the slots. */
    public static boolean fits(String template, String url) {
        return read(template, url).isPresent();
    }

    private static Optional<Map<String, String>> read(String template, String url) {
        PathTemplate parsed = PathTemplate.of(template);
        List<String> concrete = PathTemplate.withoutTrailingEmpty(UrlPath.of(url).segments());
        if (concrete.size() != parsed.segments().size()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < concrete.size(); i++) {
            PathTemplate.Segment segment = parsed.segments().get(i);
            String value = concrete.get(i);
            if (segment.slot() && !value.equals(segment.asTemplate()) && !value.isEmpty()) {
                values.put(segment.text(), value);
            } else if (!segment.slot() && !segment.text().equals(value)) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    /**
     * The template with the given values in its slots, each percent-encoded for a path segment ({@code {{variables}}}
     * and existing {@code %XX} escapes are left as they are); slots without a value stay {@code {name}}.
     */
    public static String fill(String template, Map<String, String> values) {
        StringBuilder path = new StringBuilder();
        for (PathTemplate.Segment segment : PathTemplate.of(template).segments()) {
            path.append('/');
            String value = segment.slot() ? values.getOrDefault(segment.text(), "") : "";
            path.append(segment.slot() && !value.isEmpty() ? encodeSegment(value) : segment.asTemplate());
        }
        return path.toString();
    }

    /** RFC 3986 §3.3: a path segment keeps its pchars; {@code {{variables}}} and escapes typed already stay. */
    static String encodeSegment(String text) {
        return QueryString.encodeExcept(text, SEGMENT_SAFE, true);
    }
}
