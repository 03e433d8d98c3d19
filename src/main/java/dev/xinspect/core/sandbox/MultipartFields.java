package dev.xinspect.core.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the fields of a {@code multipart/form-data} body (RFC 7578) by name, values kept as bytes. */
final class MultipartFields {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

    private MultipartFields() {
    }

    /** The fields by name; empty when the content type is not multipart or the body has no parts. */
    static Map<String, byte[]> read(String contentType, byte[] body) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || !boundary.find()) {
            return fields;
        }
        byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int partStart = start + delimiter.length + 2; // past the delimiter's CRLF
            int next = indexOf(body, delimiter, partStart);
            if (next < 0 || partStart > body.length) {
                break;
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), partStart);
            if (headersEnd < 0 || headersEnd > next) {
                break;
            }
            String headers = new String(body, partStart, headersEnd - partStart, StandardCharsets.ISO_8859_1);
            int contentEnd = Math.max(headersEnd + 4, next - 2); // the CRLF before the next delimiter
            name(headers).ifPresent(name -> fields.putIfAbsent(name, Arrays.copyOfRange(body, headersEnd + 4, contentEnd)));
            start = next;
        }
        return fields;
    }

    private static Optional<String> name(String headers) {
        Matcher matcher = NAME.matcher(headers);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
