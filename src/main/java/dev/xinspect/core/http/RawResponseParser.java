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
     * capture is not turned into a 200 MB string and encoded again; a binary body stays binary), in the slices it
     * came in (not copied). The header blocks are read from the first slice; headers that do not end there (more
     * than {@link Body#SLICE_BYTES} of them) are refused.
     * @param start where the status line starts (after a byte order mark and leading white space)
     */
    static ReceivedResponse parse(Body file, int start) throws UnreadableInputException {
        Body.Slice first = file.slices().get(0);
        byte[] bytes = first.bytes();
        int base = first.from();
        int end = first.to();
        boolean more = file.slices().size() > 1;
        int blockStart = base + start;
        while (true) {
            int lineBreak = blankLine(bytes, blockStart, end);
            if (lineBreak < 0 && more) {
                throw tooLong();
            }
            int headEnd = lineBreak < 0 ? end : lineBreak > blockStart && bytes[lineBreak - 1] == '\r' ? lineBreak - 1 : lineBreak;
            int bodyStart = lineBreak < 0 ? end : afterBlankLine(bytes, lineBreak);
            String head = new String(bytes, blockStart, headEnd - blockStart, StandardCharsets.UTF_8);
            Body body = file.after(bodyStart - base);
            if (looksLikeRawResponse(new String(body.head(200), StandardCharsets.UTF_8))) {
                blockStart = skipWhiteSpace(bytes, bodyStart, end); // an interim or redirect block: the real response follows
                continue;
            }
            ReceivedResponse parsed = response(head, "");
            return new ReceivedResponse(parsed.status(), parsed.reason(), parsed.httpVersion(), parsed.headers(), body);
        }
    }

    private static UnreadableInputException tooLong() {
        return new UnreadableInputException("The header blocks do not end within the first " + Math.round(Body.SLICE_BYTES / (double) (1 << 20))
                + " MB of the file: no blank line after them, or headers too long to read.");
    }

    /** Where the text of a file starts: after a UTF-8 byte order mark and any white space, within its first slice. */
    static int startOfText(Body file) {
        Body.Slice first = file.slices().get(0);
        byte[] bytes = first.bytes();
        int from = first.from();
        boolean bom = first.size() >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB
                && (bytes[from + 2] & 0xFF) == 0xBF;
        return skipWhiteSpace(bytes, bom ? from + 3 : from, first.to()) - from;
    }

    private static int skipWhiteSpace(byte[] bytes, int from, int end) {
        int at = from;
        while (at < end && Character.isWhitespace(bytes[at])) {
            at++;
        }
        return at;
    }

    /** The first line break that starts a blank line ({@code \n\n} or {@code \n\r\n}) in {@code bytes[from, end)}, or -1. */
    private static int blankLine(byte[] bytes, int from, int end) {
        for (int i = from; i < end - 1; i++) {
            if (bytes[i] == '\n' && (bytes[i + 1] == '\n' || bytes[i + 1] == '\r' && i + 2 < end && bytes[i + 2] == '\n')) {
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
