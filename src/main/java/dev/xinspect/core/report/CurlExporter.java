package dev.xinspect.core.report;

import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.SentRequest;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a request as a curl command a reader can paste. The request is redacted first; credentials become shell
 * variables ({@code $BEARER_TOKEN}) so the command runs once the reader exports their own.
 */
public final class CurlExporter {
    /** An imported {@code -u "$KEY:$SECRET"}, encoded only when sent: exported as {@code -u} again. */
    private static final Pattern IMPORTED_BASIC = Pattern.compile("Basic \\{\\{base64\\(([^{}]*(?:\\{\\{[^{}]*}}[^{}]*)*)\\)}}");

    private final Redactor redactor;

    public CurlExporter(Redactor redactor) {
        this.redactor = redactor;
    }

    public String export(SentRequest original) {
        return export(original, List.of());
    }

    /** @param parts the request's multipart form, sent as {@code -F} (its body bytes are not exported); empty for none */
    public String export(SentRequest original, List<FormPart> parts) {
        SentRequest request = redactor.redact(original);
        boolean multipart = !parts.isEmpty();
        ShellCommand command = new ShellCommand("curl");
        if (!request.method().equals("GET") || !request.body().isEmpty() || multipart) {
            command.inline("-X " + request.method());
        }
        command.inline(ShellQuote.single(request.url()));
        for (Header header : request.headers().list()) {
            boolean partsType = multipart && header.hasName("content-type");
            Matcher basic = IMPORTED_BASIC.matcher(header.value());
            if (header.hasName("authorization") && basic.matches()) {
                command.line("-u " + ShellQuote.single(basic.group(1)));
            } else if (!ShellCommand.COMPUTED_HEADERS.contains(header.name().toLowerCase(Locale.ROOT)) && !partsType) {
                command.line("-H " + headerArgument(header, command));
            }
        }
        for (FormPart part : parts) {
            command.line(formArgument(redactor, part));
        }
        if (!multipart && !request.body().isEmpty()) {
            command.line("--data-raw " + ShellQuote.single(request.body().text()));
        }
        return command.toString();
    }

    /** {@code -F 'name=value;type=…'}, or {@code --form-string} for a value curl would read as a file or parameter. */
    static String formArgument(Redactor redactor, FormPart part) {
        if (part.isFile()) {
            String file = part.file().matches("[^;,\"]*") ? part.file() : "\"" + part.file().replace("\"", "\\\"") + "\"";
            return "-F " + ShellQuote.single(part.name() + "=@" + file
                    + (part.contentType().isEmpty() ? "" : ";type=" + part.contentType())
                    + (part.filename().isEmpty() ? "" : ";filename=" + part.filename()));
        }
        String value = redactor.redactText(part.value());
        boolean literal = value.startsWith("@") || value.startsWith("<") || value.contains(";") || value.startsWith("\"");
        if (literal || part.contentType().isEmpty()) {
            return (literal ? "--form-string " : "-F ") + ShellQuote.single(part.name() + "=" + value);
        }
        return "-F " + ShellQuote.single(part.name() + "=" + value + ";type=" + part.contentType());
    }

    private static String headerArgument(Header header, ShellCommand command) {
        String value = header.value();
        if (header.hasName("authorization")) {
            if (value.startsWith("Bearer [redacted")) {
                return "\"" + header.name() + ": Bearer $BEARER_TOKEN\"";
            }
            if (value.startsWith("Basic [redacted")) {
                return "\"" + header.name() + ": Basic $BASIC_CREDENTIALS\"";
            }
            if (value.startsWith("OAuth ")) {
                command.note("OAuth 1.0a: sign a fresh header per request (xurl or your library) and export it as OAUTH1_AUTHORIZATION.");
                return "\"" + header.name() + ": $OAUTH1_AUTHORIZATION\"";
            }
        }
        return ShellQuote.single(header.name() + ": " + value);
    }
}
