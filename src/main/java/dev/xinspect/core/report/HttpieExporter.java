package dev.xinspect.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.json.JsonLimits;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a request as an HTTPie command ({@code http POST https://api.x.com/2/tweets Authorization:"Bearer
 * $BEARER_TOKEN" text=hi}), redacted first like {@link CurlExporter}: credentials become shell variables. A flat JSON
 * object body becomes HTTPie's data items ({@code name=text}, {@code name:=json}); any other body goes verbatim with
 * {@code --raw} (HTTPie 2.5+). Item syntax per HTTPie's docs: {@code Name:value} headers, {@code Name;} for an empty
 * value, a backslash escapes a separator.
 */
public final class HttpieExporter {
    private static final Set<String> COMPUTED = Set.of("content-length", "host", "connection", "accept-encoding");
    /** Keys HTTPie reads as plain names: no separator ({@code = : @ ;}), no nested-JSON brackets, no escapes. */
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final ObjectMapper JSON = JsonLimits.mapper();

    private final Redactor redactor;

    public HttpieExporter(Redactor redactor) {
        this.redactor = redactor;
    }

    public String export(SentRequest original) {
        SentRequest request = redactor.redact(original);
        List<String> items = request.body().isEmpty() ? List.of() : dataItems(request.body().text());
        boolean raw = !request.body().isEmpty() && items.isEmpty();
        List<String> parts = new ArrayList<>();
        parts.add("http" + (raw ? " --raw " + ShellQuote.single(request.body().text()) : "") + " " + request.method() + " "
                + ShellQuote.single(request.url()));
        for (Header header : request.headers().list()) {
            String name = header.name().toLowerCase(Locale.ROOT);
            boolean jsonTypeHttpieSets = !raw && !items.isEmpty() && name.equals("content-type")
                    && header.value().toLowerCase(Locale.ROOT).startsWith("application/json");
            if (!COMPUTED.contains(name) && !jsonTypeHttpieSets) {
                parts.add(headerItem(header));
            }
        }
        parts.addAll(items);
        return String.join(" \\\n  ", parts);
    }

    /** HTTPie's data items for a non-empty flat JSON object with plain keys; empty when the body must go raw. */
    private static List<String> dataItems(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return List.of();
        }
        if (json == null || !json.isObject() || json.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = json.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!PLAIN_KEY.matcher(field.getKey()).matches()) {
                return List.of();
            }
            items.add(field.getValue().isTextual()
                    ? ShellQuote.single(field.getKey() + "=" + escapeLeading(field.getValue().textValue()))
                    : ShellQuote.single(field.getKey() + ":=" + field.getValue().toString()));
        }
        return items;
    }

    private static String headerItem(Header header) {
        String value = header.value();
        if (header.hasName("authorization")) {
            if (value.startsWith("Bearer [redacted")) {
                return header.name() + ":\"Bearer $BEARER_TOKEN\"";
            }
            if (value.startsWith("Basic [redacted")) {
                return header.name() + ":\"Basic $BASIC_CREDENTIALS\"";
            }
            if (value.startsWith("OAuth ")) {
                return header.name() + ":\"$OAUTH1_AUTHORIZATION\"  # OAuth 1.0a: sign a fresh header per request (xurl or your library)";
            }
        }
        return value.isEmpty() ? ShellQuote.single(header.name() + ";") : ShellQuote.single(header.name() + ":" + escapeLeading(value));
    }

    /** A value starting with {@code =} or {@code @} would change the separator ({@code :=}, {@code ==}, {@code =@}). */
    private static String escapeLeading(String value) {
        return !value.isEmpty() && (value.charAt(0) == '=' || value.charAt(0) == '@') ? "\\" + value : value;
    }
}
