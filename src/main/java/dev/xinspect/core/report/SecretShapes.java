package dev.xinspect.core.report;

import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secret-looking text recognised by its shape alone, wherever it sits: JWTs, X's app-only Bearer tokens, a token
 * written after {@code Bearer} or {@code Token}, {@code Basic} credentials (only when they decode to
 * {@code user:password}, so the words "Basic authentication" stay), and the {@code user:password@} of a URL.
 * Keyword rules look only where the keyword is, so a 10 MB body costs one fast pass per rule.
 */
final class SecretShapes {
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]++\\.eyJ[A-Za-z0-9_-]++\\.[A-Za-z0-9_-]*+");
    private static final Pattern APP_ONLY_BEARER = Pattern.compile("AAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%_\\-]{20,}+");
    /** Shorter words after "Bearer" or "Token" are prose ("Bearer authentication"), not tokens. */
    private static final int SHORTEST_TOKEN = 16;

    private SecretShapes() {
    }

    static void find(String text, List<Found> out) {
        literal(JWT, "eyJ", "JWT", text, out);
        literal(APP_ONLY_BEARER, "AAAAAAAAAAAAAAAAAAAA", "bearer token", text, out);
        keywords(text, out);
        userinfo(text, out);
    }

    private static void literal(Pattern pattern, String prefix, String label, String text, List<Found> out) {
        if (!contains(text, prefix)) {
            return;
        }
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            out.add(Found.of(matcher.start(), matcher.end(), label));
        }
    }

    /**
     * Whether the text holds the prefix, found from its last character with {@code indexOf}: "eyJ" by its rare
     * capital J is several times faster than {@code String.contains} over a 10 MB body.
     */
    private static boolean contains(String text, String prefix) {
        int last = prefix.length() - 1;
        for (int at = text.indexOf(prefix.charAt(last), last); at >= 0; at = text.indexOf(prefix.charAt(last), at + 1)) {
            if (text.startsWith(prefix, at - last)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The keyword rules: {@code Bearer <token>} and {@code token: <token>} (a word that looks generated: digits, or
     * mixed case), and {@code Basic <base64 of user:password>}. Each keyword is found from its rarest letter with
     * {@code indexOf} (the JDK scans many characters at a time), not by looking at every character: "token" from its
     * {@code k} (or the Kelvin sign, which case-insensitive comparison takes for one), "bearer" and "basic" from
     * their {@code b}. A keyword counts only at the start of a word.
     */
    private static void keywords(String text, List<Found> out) {
        for (char k : new char[] {'k', 'K', '\u212A'}) {
            for (int at = text.indexOf(k, 2); at >= 0; at = text.indexOf(k, at + 1)) {
                int start = at - 2;
                char t = text.charAt(start);
                if ((t == 't' || t == 'T') && wordStart(text, start) && text.regionMatches(true, start, "token", 0, 5)) {
                    afterKeyword(text, start + 5, "token", out);
                }
            }
        }
        for (char b : new char[] {'b', 'B'}) {
            for (int at = text.indexOf(b); at >= 0; at = text.indexOf(b, at + 1)) {
                if (!wordStart(text, at)) {
                    continue;
                }
                if (text.regionMatches(true, at, "bearer", 0, 6)) {
                    afterKeyword(text, at + 6, "bearer token", out);
                } else if (text.regionMatches(true, at, "basic", 0, 5)) {
                    basic(text, at + 5, out);
                }
            }
        }
    }

    private static boolean wordStart(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    private static void afterKeyword(String text, int keywordEnd, String label, List<Found> out) {
        int start = skipSeparator(text, keywordEnd);
        if (start < 0) {
            return;
        }
        int end = start;
        while (end < text.length() && isTokenChar(text.charAt(end))) {
            end++;
        }
        if (end - start >= SHORTEST_TOKEN && looksGenerated(text, start, end)) {
            out.add(Found.of(start, end, label));
        }
    }

    /** After a keyword: blanks, optionally one {@code :} between them; -1 when nothing separates the next word. */
    private static int skipSeparator(String text, int from) {
        int at = from;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        if (at < text.length() && text.charAt(at) == ':') {
            at++;
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
        }
        return at == from ? -1 : at;
    }

    private static void basic(String text, int keywordEnd, List<Found> out) {
        int start = skipSeparator(text, keywordEnd);
        if (start < 0) {
            return;
        }
        int end = start;
        while (end < text.length() && isBase64Char(text.charAt(end))) {
            end++;
        }
        if (end - start >= 4 && decodesToUserAndPassword(text.substring(start, end))) {
            out.add(Found.of(start, end, "basic credentials"));
        }
    }

    private static boolean decodesToUserAndPassword(String candidate) {
        try {
            byte[] decoded = Base64.getDecoder().decode(candidate);
            for (byte b : decoded) {
                if (b == ':') {
                    return true;
                }
            }
            return false;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code scheme://user:password@host}: the part before {@code @} of a URL's authority. */
    private static void userinfo(String text, List<Found> out) {
        for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
            int start = at + 3;
            int end = start;
            while (end < text.length() && isAuthorityChar(text.charAt(end))) {
                end++;
            }
            int atSign = end - 1;
            while (atSign >= start && text.charAt(atSign) != '@') {
                atSign--;
            }
            if (atSign >= start && !text.substring(start, atSign).contains("redacted:")) {
                out.add(Found.of(start, atSign, "userinfo"));
            }
        }
    }

    private static boolean isAuthorityChar(char c) {
        return c > ' ' && c != '/' && c != '?' && c != '#' && c != '"' && c != '\'' && c != '<' && c != '>' && c != '\\' && c < 0x7F;
    }

    private static boolean isTokenChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '~'
                || c == '+' || c == '/' || c == '%' || c == '=' || c == '-';
    }

    private static boolean isBase64Char(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=';
    }

    /** Generated tokens hold digits or mix cases; words of prose do neither. */
    private static boolean looksGenerated(String text, int start, int end) {
        boolean upper = false;
        boolean lower = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }
        return upper && lower;
    }
}
