package dev.xinspect.core.auth.loopback;

import dev.xinspect.core.auth.PercentEncoding;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The decoded query of a redirect, from the listener or from a URL the user pasted (the headless fallback). */
public final class CallbackQuery {
    private CallbackQuery() {
    }

    /** Decodes a raw query string; for a repeated name the first value wins. */
    public static Map<String, String> parse(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = PercentEncoding.formDecode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : PercentEncoding.formDecode(pair.substring(eq + 1));
            values.putIfAbsent(name, value);
        }
        return Collections.unmodifiableMap(values);
    }

    /** Reads the query of a pasted redirected URL, e.g. {@code http://localhost:8080/callback?state=…&code=…}. */
    public static Map<String, String> fromPastedUrl(String url) {
        String text = url == null ? "" : url.strip();
        int question = text.indexOf('?');
        if (question < 0) {
            throw new IllegalArgumentException("The pasted URL has no query: copy the whole address the browser ended on");
        }
        int hash = text.indexOf('#', question);
        String query = hash < 0 ? text.substring(question + 1) : text.substring(question + 1, hash);
        try {
            URI.create(text.substring(0, question));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The pasted text does not start with a URL");
        }
        return parse(query);
    }
}
