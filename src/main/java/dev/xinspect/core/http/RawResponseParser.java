package dev.xinspect.core.http;

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
