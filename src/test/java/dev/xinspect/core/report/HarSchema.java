package dev.xinspect.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The HAR 1.2 rules (http://www.softwareishard.com/blog/har-12-spec/, as the har-schema package encodes them: the
 * required members and their types, {@code request.url} a URI, {@code startedDateTime} ISO 8601), checked in Java
 * so the build needs no npm. Returns what is wrong; empty when the file is valid.
 */
public final class HarSchema {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** har-schema's startedDateTime pattern. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "^(\\d{4})(-)?(\\d\\d)(-)?(\\d\\d)(T)?(\\d\\d)(:)?(\\d\\d)(:)?(\\d\\d)(\\.\\d+)?(Z|([+-])(\\d\\d)(:)?(\\d\\d))");
    /** RFC 3986 characters outside the authority: unreserved, sub-delims, : @ / ? and % escapes. */
    private static final Pattern URI_TAIL = Pattern.compile("(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*");

    private HarSchema() {
    }

    public static List<String> problems(String har) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(har);
        } catch (Exception e) {
            return List.of("not JSON: " + e.getMessage());
        }
        JsonNode log = root.path("log");
        text(log, "version", "log", problems);
        text(log.path("creator"), "name", "log.creator", problems);
        text(log.path("creator"), "version", "log.creator", problems);
        if (!log.path("entries").isArray()) {
            problems.add("log.entries is not an array");
            return problems;
        }
        int index = 0;
        for (JsonNode entry : log.path("entries")) {
            String at = "entries[" + index++ + "]";
            if (!DATE_TIME.matcher(entry.path("startedDateTime").asText("")).find()) {
                problems.add(at + ".startedDateTime is not ISO 8601");
            }
            number(entry, "time", at, problems);
            request(entry.path("request"), at + ".request", problems);
            response(entry.path("response"), at + ".response", problems);
            if (!entry.path("cache").isObject()) {
                problems.add(at + ".cache is not an object");
            }
            for (String timing : List.of("send", "wait", "receive")) {
                number(entry.path("timings"), timing, at + ".timings", problems);
            }
        }
        return problems;
    }

    private static void request(JsonNode request, String at, List<String> problems) {
        text(request, "method", at, problems);
        text(request, "httpVersion", at, problems);
        String url = request.path("url").asText("");
        if (!isUri(url)) {
            problems.add(at + ".url is not a URI: " + url);
        }
        pairs(request, "headers", at, problems);
        pairs(request, "queryString", at, problems);
        array(request, "cookies", at, problems);
        number(request, "headersSize", at, problems);
        number(request, "bodySize", at, problems);
        if (request.has("postData")) {
            text(request.path("postData"), "mimeType", at + ".postData", problems);
        }
    }

    private static void response(JsonNode response, String at, List<String> problems) {
        number(response, "status", at, problems);
        text(response, "statusText", at, problems);
        text(response, "httpVersion", at, problems);
        pairs(response, "headers", at, problems);
        array(response, "cookies", at, problems);
        number(response.path("content"), "size", at + ".content", problems);
        text(response.path("content"), "mimeType", at + ".content", problems);
        text(response, "redirectURL", at, problems);
        number(response, "headersSize", at, problems);
        number(response, "bodySize", at, problems);
    }

    /** Absolute, parsed by java.net.URI, and nothing after the authority that RFC 3986 leaves out. */
    static boolean isUri(String url) {
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute()) {
                return false;
            }
        } catch (URISyntaxException e) {
            return false;
        }
        int scheme = url.indexOf(':');
        int tail = scheme + 1;
        if (url.startsWith("//", tail)) {
            int end = tail + 2;
            while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
                end++;
            }
            tail = end;
        }
        return URI_TAIL.matcher(url.substring(tail)).matches();
    }

    private static void pairs(JsonNode node, String name, String at, List<String> problems) {
        if (array(node, name, at, problems)) {
            for (JsonNode pair : node.path(name)) {
                text(pair, "name", at + "." + name, problems);
                text(pair, "value", at + "." + name, problems);
            }
        }
    }

    private static boolean array(JsonNode node, String name, String at, List<String> problems) {
        if (!node.path(name).isArray()) {
            problems.add(at + "." + name + " is not an array");
            return false;
        }
        return true;
    }

    private static void text(JsonNode node, String name, String at, List<String> problems) {
        if (!node.path(name).isTextual()) {
            problems.add(at + "." + name + " is not a string");
        }
    }

    private static void number(JsonNode node, String name, String at, List<String> problems) {
        if (!node.path(name).isNumber()) {
            problems.add(at + "." + name + " is not a number");
        }
    }
}
