package dev.xinspect.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.json.JsonLimits;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a request as an HTTPie command ({@code http POST https://api.x.com/2/tweets Authorization:"Bearer
 * $BEARER_TOKEN" text=hi}), redacted first like {@link CurlExporter}: credentials become shell variables. A flat JSON
 * object body becomes HTTPie's data items ({@code name=text}, {@code name:=json}); any other body goes verbatim with
 * {@code --raw} (HTTPie 2.5+). Item syntax per HTTPie's docs: {@code Name:value} headers, {@code Name;} for an empty
 * value, a backslash escapes a separator.
 */
public final class HttpieExporter {
    /** Keys HTTPie reads as plain names: no separator ({@code = : @ ;}), no nested-JSON brackets, no escapes. */
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final ObjectMapper JSON = JsonLimits.mapper();

    private final Redactor redactor;

    public HttpieExporter(Redactor redactor) {
        this.redactor = redactor;
    }

    public String export(SentRequest original) {
        return export(original, List.of());
    }

    /** @param parts the request's multipart form, sent with {@code --multipart} as {@code name=value} and {@code name@file} */
    public String export(SentRequest original, List<FormPart> parts) {
        SentRequest request = redactor.redact(original);
        boolean multipart = !parts.isEmpty();
        List<String> items = multipart || request.body().isEmpty() ? List.of() : dataItems(request.body().text());
        boolean raw = !multipart && !request.body().isEmpty() && items.isEmpty();
        ShellCommand command = new ShellCommand("http" + (multipart ? " --multipart" : "")
                + (raw ? " --raw " + ShellQuote.single(request.body().text()) : "") + " " + request.method() + " "
                + ShellQuote.single(request.url()));
        for (Header header : request.headers().list()) {
            String name = header.name().toLowerCase(Locale.ROOT);
            boolean typeHttpieSets = name.equals("content-type") && (multipart || !raw && !items.isEmpty()
                    && header.value().toLowerCase(Locale.ROOT).startsWith("application/json"));
            if (!ShellCommand.COMPUTED_HEADERS.contains(name) && !typeHttpieSets) {
                command.line(headerItem(header, command));
            }
        }
        items.forEach(command::line);
        for (FormPart part : parts) {
            command.line(part.isFile()
                    ? ShellQuote.single(part.name() + "@" + part.file() + (part.contentType().isEmpty() ? "" : ";type=" + part.contentType()))
                    : ShellQuote.single(part.name() + "=" + escapeLeading(redactor.redactText(part.value()))));
        }
        return command.toString();
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

    private static String headerItem(Header header, ShellCommand command) {
        String value = header.value();
        if (header.hasName("authorization")) {
            if (value.startsWith("Bearer [redacted")) {
                return header.name() + ":\"Bearer $BEARER_TOKEN\"";
            }
            if (value.startsWith("Basic [redacted")) {
                return header.name() + ":\"Basic $BASIC_CREDENTIALS\"";
            }
            if (value.startsWith("OAuth ")) {
                command.note("OAuth 1.0a: sign a fresh header per request (xurl or your library) and export it as OAUTH1_AUTHORIZATION.");
                return header.name() + ":\"$OAUTH1_AUTHORIZATION\"";
            }
        }
        return value.isEmpty() ? ShellQuote.single(header.name() + ";") : ShellQuote.single(header.name() + ":" + escapeLeading(value));
    }

    /** A value starting with {@code =} or {@code @} would change the separator ({@code :=}, {@code ==}, {@code =@}). */
    private static String escapeLeading(String value) {
        return !value.isEmpty() && (value.charAt(0) == '=' || value.charAt(0) == '@') ? "\\" + value : value;
    }
}
