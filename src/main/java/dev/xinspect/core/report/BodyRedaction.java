package dev.xinspect.core.report;

import dev.xinspect.core.http.Body;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redacts a body by what it is: a form by its parameters, multipart by its parts (a part named like a secret loses
 * its content), anything else (JSON, NDJSON, HTML, plain text) by the text rules. Bodies are read byte for byte as
 * Latin-1, never decoded: every secret name, shape and marker is ASCII, so a body with a NUL or bytes that are not
 * valid UTF-8 is scanned like any other, and every byte outside a redacted span comes out exactly as it went in.
 */
final class BodyRedaction {
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";,\\s]+)\"?");
    private static final Pattern PART_NAME = Pattern.compile("(?i)\\bname=\"([^\"]*)\"");

    private final KnownSecrets known;
    private final ParameterRedaction parameters;

    BodyRedaction(KnownSecrets known, ParameterRedaction parameters) {
        this.known = known;
        this.parameters = parameters;
    }

    Body redact(Body body, String contentType) {
        if (body.isEmpty()) {
            return body;
        }
        String bytes = body.latin1();
        String redacted = redact(bytes, contentType == null ? "" : contentType);
        return redacted == bytes || redacted.equals(bytes) ? body : Body.ofLatin1(redacted);
    }

    /** @param contentType as sent: the multipart boundary is case-sensitive */
    private String redact(String text, String contentType) {
        String type = contentType.strip().toLowerCase(Locale.ROOT);
        // X answers oauth/request_token and oauth/access_token with a form body labelled text/html.
        boolean plain = type.isEmpty() || type.startsWith("text/html") || type.startsWith("text/plain");
        if (type.startsWith("application/x-www-form-urlencoded") || plain && looksLikeForm(text)) {
            return parameters.parameters(text);
        }
        if (type.startsWith("multipart/")) {
            Matcher boundary = BOUNDARY.matcher(contentType);
            if (boundary.find()) {
                return multipart(text, "--" + boundary.group(1));
            }
        }
        return TextRedaction.apply(text, known, Marker.TEXT);
    }

    /** One line of {@code name=value} pairs and nothing else, as a body sent without a Content-Type. */
    private static boolean looksLikeForm(String text) {
        if (text.indexOf('=') <= 0 || text.length() > 64 * 1024) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '"' || c == '{' || c == '<') {
                return false;
            }
        }
        return true;
    }

    /** Parts between boundary lines; the text before the first and after the last boundary is redacted as text. */
    private String multipart(String text, String boundary) {
        StringBuilder out = new StringBuilder(text.length());
        int at = text.indexOf(boundary);
        if (at < 0) {
            return TextRedaction.apply(text, known, Marker.TEXT);
        }
        out.append(TextRedaction.apply(text.substring(0, at), known, Marker.TEXT));
        while (at >= 0) {
            int partStart = at + boundary.length();
            int next = text.indexOf(boundary, partStart);
            int partEnd = next < 0 ? text.length() : next;
            out.append(boundary).append(part(text.substring(partStart, partEnd)));
            at = next;
        }
        return out.toString();
    }

    private String part(String part) {
        int blank = part.indexOf("\r\n\r\n");
        int separator = 4;
        if (blank < 0) {
            blank = part.indexOf("\n\n");
            separator = 2;
        }
        if (blank < 0) {
            return TextRedaction.apply(part, known, Marker.TEXT);
        }
        String headers = part.substring(0, blank);
        String content = part.substring(blank + separator);
        String lineEnd = content.endsWith("\r\n") ? "\r\n" : content.endsWith("\n") ? "\n" : "";
        content = content.substring(0, content.length() - lineEnd.length());
        Matcher name = PART_NAME.matcher(headers);
        String label = name.find() ? SecretNames.label(name.group(1)).orElse(null) : null;
        String partType = headerValue(headers, "content-type");
        String redactedContent = label != null && !content.isEmpty() ? Marker.TEXT.of(label) : redact(content, partType);
        return TextRedaction.apply(headers, known, Marker.TEXT) + part.substring(blank, blank + separator) + redactedContent + lineEnd;
    }

    /**
     * Multipart parts written into free text (a log of a request, a pasted body): a part named like a secret loses
     * its content, up to the next boundary line.
     */
    static void findFormDataParts(String text, List<Found> out) {
        for (int at = text.indexOf("form-data"); at >= 0; at = text.indexOf("form-data", at + 1)) {
            int lineEnd = text.indexOf('\n', at);
            Matcher name = PART_NAME.matcher(text).region(at, lineEnd < 0 ? text.length() : lineEnd);
            String label = name.find() ? SecretNames.label(name.group(1)).orElse(null) : null;
            int blank = text.indexOf("\n\r\n", at);
            int blankLf = text.indexOf("\n\n", at);
            int contentStart = blank >= 0 && (blankLf < 0 || blank < blankLf) ? blank + 3 : blankLf < 0 ? -1 : blankLf + 2;
            if (label == null || contentStart < 0) {
                continue;
            }
            int boundary = text.indexOf("\n--", contentStart);
            int contentEnd = boundary < 0 ? text.length() : boundary;
            if (contentEnd > contentStart && text.charAt(contentEnd - 1) == '\r') {
                contentEnd--;
            }
            if (contentEnd > contentStart) {
                out.add(new Found(contentStart, contentEnd, label, name.group(1), Found.How.PAIR));
            }
        }
    }

    private static String headerValue(String headers, String name) {
        for (String line : headers.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return "";
    }
}
