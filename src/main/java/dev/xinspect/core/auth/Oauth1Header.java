package dev.xinspect.core.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an {@code Authorization: OAuth ...} header value (RFC 5849 §3.5.1) into its decoded parameters, in the
 * order they appear. A leading {@code Authorization:} is tolerated so a pasted header line works as it is.
 */
public final class Oauth1Header {
    private Oauth1Header() {
    }

    /**
     * Parses {@code OAuth name="value", ...}; the optional {@code realm} is kept like any other parameter.
     *
     * @throws MalformedOauthHeaderException naming what is wrong and where, never quoting a value
     */
    public static Map<String, String> parse(String authorizationHeaderValue) {
        if (authorizationHeaderValue == null) {
            throw new MalformedOauthHeaderException("No Authorization header given");
        }
        String text = authorizationHeaderValue.strip();
        if (text.regionMatches(true, 0, "Authorization:", 0, "Authorization:".length())) {
            text = text.substring("Authorization:".length()).strip();
        }
        if (!text.regionMatches(true, 0, "OAuth ", 0, 6)) {
            String scheme = text.split("\\s", 2)[0];
            throw new MalformedOauthHeaderException("Not an OAuth 1.0a header: the scheme must be 'OAuth', found '"
                    + (scheme.length() > 12 ? scheme.substring(0, 12) + "…" : scheme) + "'");
        }
        return new Reader(text, 6).readAll();
    }

    /** A small cursor over the parameter list: {@code name="value"} separated by commas and optional whitespace. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text, int start) {
            this.text = text;
            this.pos = start;
        }

        Map<String, String> readAll() {
            Map<String, String> params = new LinkedHashMap<>();
            skipWhitespace();
            while (pos < text.length()) {
                int nameStart = pos;
                while (pos < text.length() && text.charAt(pos) != '=' && text.charAt(pos) != ','
                        && !Character.isWhitespace(text.charAt(pos))) {
                    pos++;
                }
                String name = text.substring(nameStart, pos);
                if (name.isEmpty()) {
                    throw error("a parameter name is missing");
                }
                skipWhitespace();
                expect('=', "'=' after " + name);
                skipWhitespace();
                expect('"', "an opening quote for the value of " + name);
                int valueStart = pos;
                int close = text.indexOf('"', pos);
                if (close < 0) {
                    throw error("the value of " + name + " has no closing quote");
                }
                String value;
                try {
                    value = PercentEncoding.decode(text.substring(valueStart, close));
                } catch (IllegalArgumentException e) {
                    throw new MalformedOauthHeaderException("The value of " + name + " is not percent-encoded correctly: "
                            + e.getMessage());
                }
                pos = close + 1;
                String decodedName = PercentEncoding.decode(name);
                if (params.containsKey(decodedName)) {
                    throw error(decodedName + " appears twice");
                }
                params.put(decodedName, value);
                skipWhitespace();
                if (pos < text.length()) {
                    expect(',', "',' between parameters");
                    skipWhitespace();
                }
            }
            if (params.isEmpty()) {
                throw new MalformedOauthHeaderException("The OAuth header has no parameters");
            }
            return Collections.unmodifiableMap(params);
        }

        private void expect(char c, String what) {
            if (pos >= text.length() || text.charAt(pos) != c) {
                throw error("expected " + what);
            }
            pos++;
        }

        private void skipWhitespace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private MalformedOauthHeaderException error(String what) {
            return new MalformedOauthHeaderException("Malformed OAuth header at character " + (pos + 1) + ": "
                    + what.toLowerCase(Locale.ROOT).charAt(0) + what.substring(1));
        }
    }
}
