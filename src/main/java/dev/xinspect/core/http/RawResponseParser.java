package dev.xinspect.core.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a response as {@code curl -i} prints it: status line, headers, blank line, body. When curl shows several
 * header blocks (a {@code 100 Continue}, a proxy's {@code Connection established}, redirects followed with
 * {@code -L}), the last block is the response.
 */
final class RawResponseParser {
    private static final Pattern STATUS_LINE = Pattern.compile("^(HTTP/[0-9.]+)\\s+(\\d{3})(?:\\s+(.*))?$");

    static boolean looksLikeRawResponse(String text) {
        return STATUS_LINE.matcher(firstLine(text.stripLeading())).matches();
    }

    static ReceivedResponse parse(String text) throws UnreadableInputException {
        String rest = text.stripLeading();
        while (true) {
            int headerEnd = endOfHeaders(rest);
            String head = headerEnd < 0 ? rest : rest.substring(0, headerEnd);
            String body = headerEnd < 0 ? "" : rest.substring(headerEnd).replaceFirst("^\\r?\\n\\r?\\n", "");
            if (looksLikeRawResponse(body)) {
                rest = body; // an interim or redirect block: the real response follows
                continue;
            }
            return response(head, body);
        }
    }

    private static ReceivedResponse response(String head, String body) throws UnreadableInputException {
        List<String> lines = head.lines().toList();
        Matcher status = STATUS_LINE.matcher(lines.get(0).strip());
        if (!status.matches()) {
            throw new UnreadableInputException("The first line is not an HTTP status line.");
        }
        List<Header> headers = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.add(new Header(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
            }
        }
        return new ReceivedResponse(Integer.parseInt(status.group(2)), status.group(3) == null ? "" : status.group(3).strip(),
                status.group(1), new Headers(headers), Body.ofText(body));
    }

    /**
     * The same from the bytes of a file: only the header blocks are decoded, the body is kept as it came (a 100 MB
     * capture is not turned into a 200 MB string and encoded again; a binary body stays binary), in the array it came
     * in (handed over: not copied).
     * @param start where the status line starts (after a byte order mark and leading white space)
     */
    static ReceivedResponse parse(byte[] bytes, int start) throws UnreadableInputException {
        int blockStart = start;
        while (true) {
            int lineBreak = blankLine(bytes, blockStart);
            int headEnd = lineBreak < 0 ? bytes.length : lineBreak > 0 && bytes[lineBreak - 1] == '\r' ? lineBreak - 1 : lineBreak;
            int bodyStart = lineBreak < 0 ? bytes.length : afterBlankLine(bytes, lineBreak);
            String head = new String(bytes, blockStart, headEnd - blockStart, StandardCharsets.UTF_8);
            if (looksLikeRawResponse(new String(bytes, bodyStart, Math.min(bytes.length - bodyStart, 200), StandardCharsets.UTF_8))) {
                blockStart = startOfText(bytes, bodyStart); // an interim or redirect block: the real response follows
                continue;
            }
            ReceivedResponse parsed = response(head, "");
            return new ReceivedResponse(parsed.status(), parsed.reason(), parsed.httpVersion(), parsed.headers(),
                    Body.sharing(bytes, bodyStart, bytes.length));
        }
    }

    /** Where the text of a file starts: after a UTF-8 byte order mark and any white space from {@code from}. */
    static int startOfText(byte[] bytes, int from) {
        int at = from == 0 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : from;
        while (at < bytes.length && Character.isWhitespace(bytes[at])) {
            at++;
        }
        return at;
    }

    /** The first line break that starts a blank line ({@code \n\n} or {@code \n\r\n}) from {@code from}, or -1. */
    private static int blankLine(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\n' && (bytes[i + 1] == '\n' || bytes[i + 1] == '\r' && i + 2 < bytes.length && bytes[i + 2] == '\n')) {
                return i;
            }
        }
        return -1;
    }

    private static int afterBlankLine(byte[] bytes, int lineBreak) {
        return bytes[lineBreak + 1] == '\n' ? lineBreak + 2 : lineBreak + 3;
    }

    /** Index of the blank line ending the headers (at its first line break), or -1 when there is no body. */
    private static int endOfHeaders(String text) {
        Matcher blank = Pattern.compile("\\r?\\n\\r?\\n").matcher(text);
        return blank.find() ? blank.start() : -1;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
