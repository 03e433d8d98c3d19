package dev.xinspect.core.report;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.SentRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Turns a pasted curl command into a request: shell quoting ({@code '…'}, {@code "…"}, {@code $'…'}, backslashes),
 * line continuations ({@code \} and Windows {@code ^}), and the flags people paste from docs and browsers. Flags
 * that change nothing about the request ({@code -s}, {@code -v}, {@code -i}, {@code -L}…) are ignored and listed;
 * unknown flags are reported, not fatal.
 */
public final class CurlCommandParser {

    /** The request, and what was ignored or not understood (shown to the user). */
    public record Parsed(SentRequest request, List<String> notes) {
    }

    /** The input is not a curl command; the message says why in one sentence. */
    public static final class NotCurlException extends Exception {
        public NotCurlException(String message) {
            super(message);
        }
    }

    public Parsed parse(String command) throws NotCurlException {
        List<String> words = ShellWords.split(command.replaceAll("\\^\\r?\\n", " ").replaceAll("\\\\\\r?\\n", " "));
        if (words.isEmpty() || !words.get(0).equals("curl")) {
            throw new NotCurlException("This does not start with curl.");
        }
        String method = null;
        String url = null;
        boolean get = false;
        List<Header> headers = new ArrayList<>();
        List<String> data = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            String flag = word.startsWith("--") && word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            String inline = flag.equals(word) ? null : word.substring(word.indexOf('=') + 1);
            if (word.matches("-[XHduAeb].+")) { // a short option with its value attached: -XPOST
                flag = word.substring(0, 2);
                inline = word.substring(2);
            }
            switch (flag) {
                case "-X", "--request" -> method = value(words, inline == null ? ++i : i, inline, flag).toUpperCase(Locale.ROOT);
                case "-H", "--header" -> {
                    String header = value(words, inline == null ? ++i : i, inline, flag);
                    int colon = header.indexOf(':');
                    if (colon > 0) {
                        headers.add(new Header(header.substring(0, colon).trim(), header.substring(colon + 1).trim()));
                    }
                }
                case "-d", "--data", "--data-raw", "--data-binary", "--data-ascii" -> data.add(value(words, inline == null ? ++i : i, inline, flag));
                case "--data-urlencode" -> data.add(urlencode(value(words, inline == null ? ++i : i, inline, flag)));
                case "--json" -> {
                    data.add(value(words, inline == null ? ++i : i, inline, flag));
                    headers.add(new Header("Content-Type", "application/json"));
                    headers.add(new Header("Accept", "application/json"));
                }
                case "-u", "--user" -> headers.add(new Header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        value(words, inline == null ? ++i : i, inline, flag).getBytes(StandardCharsets.UTF_8))));
                case "-A", "--user-agent" -> headers.add(new Header("User-Agent", value(words, inline == null ? ++i : i, inline, flag)));
                case "-e", "--referer" -> headers.add(new Header("Referer", value(words, inline == null ? ++i : i, inline, flag)));
                case "-b", "--cookie" -> headers.add(new Header("Cookie", value(words, inline == null ? ++i : i, inline, flag)));
                case "--url" -> url = value(words, inline == null ? ++i : i, inline, flag);
                case "-G", "--get" -> get = true;
                case "--compressed", "-s", "--silent", "-S", "--show-error", "-v", "--verbose", "-i", "--include", "-L",
                     "--location", "-k", "--insecure", "-N", "--no-buffer", "-f", "--fail", "-sS" -> notes.add("ignored " + word);
                case "-o", "--output", "-w", "--write-out", "-m", "--max-time", "--connect-timeout" -> {
                    notes.add("ignored " + word + (inline == null && i + 1 < words.size() ? " " + words.get(++i) : ""));
                }
                default -> {
                    if (word.startsWith("-")) {
                        notes.add("not understood: " + word);
                    } else if (url == null) {
                        url = word;
                    } else {
                        notes.add("extra argument ignored: " + word);
                    }
                }
            }
        }
        if (url == null) {
            throw new NotCurlException("The curl command has no URL.");
        }
        String body = String.join("&", data);
        if (get && !data.isEmpty()) {
            url = url + (url.contains("?") ? "&" : "?") + body;
            body = "";
        }
        if (method == null) {
            method = body.isEmpty() ? "GET" : "POST";
        }
        if (!body.isEmpty() && headers.stream().noneMatch(h -> h.hasName("content-type"))) {
            headers.add(new Header("Content-Type", "application/x-www-form-urlencoded"));
        }
        return new Parsed(new SentRequest(method, url, new dev.xinspect.core.http.Headers(headers), Body.ofText(body)), notes);
    }

    private static String value(List<String> words, int index, String inline, String flag) throws NotCurlException {
        if (inline != null) {
            return inline;
        }
        if (index >= words.size()) {
            throw new NotCurlException(flag + " needs a value.");
        }
        return words.get(index);
    }

    /** {@code --data-urlencode name=value}: the value part is percent-encoded, as curl does. */
    private static String urlencode(String data) {
        int equals = data.indexOf('=');
        String name = equals < 0 ? "" : data.substring(0, equals + 1);
        String value = equals < 0 ? data : data.substring(equals + 1);
        return name + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
