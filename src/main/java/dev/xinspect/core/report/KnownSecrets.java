package dev.xinspect.core.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The secret values the credential store holds, and every form they take on the wire: as typed, percent-encoded
 * (RFC 3986 and form encoding, upper- and lower-case hex), JSON-escaped, and base64 inside a Basic header for
 * each pair of them (X's app-only token request sends {@code base64(key:secret)}).
 */
final class KnownSecrets {
    /** Values this short would match too much ordinary text to be worth searching for. */
    private static final int MIN_LENGTH = 6;

    private final List<String> forms;

    KnownSecrets(Collection<String> secrets) {
        Set<String> values = new LinkedHashSet<>();
        secrets.stream().filter(s -> s != null && s.length() >= MIN_LENGTH).forEach(values::add);
        Set<String> all = new LinkedHashSet<>();
        for (String value : values) {
            all.add(value);
            String form = URLEncoder.encode(value, StandardCharsets.UTF_8);
            all.add(form);
            all.add(form.replace("+", "%20"));
            all.add(lowerHex(form));
            all.add(value.replace("/", "\\/").replace("\"", "\\\""));
        }
        List<String> list = new ArrayList<>(values);
        for (String a : list) {
            for (String b : list) {
                if (!a.equals(b)) {
                    all.add(base64(a + ":" + b));
                    all.add(base64(URLEncoder.encode(a, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(b, StandardCharsets.UTF_8)));
                }
            }
        }
        // Longest first, so a value containing another is replaced whole.
        this.forms = all.stream().sorted((x, y) -> y.length() - x.length()).toList();
    }

    List<SecretPatterns.Match> find(String text) {
        List<SecretPatterns.Match> matches = new ArrayList<>();
        for (String form : forms) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
                matches.add(new SecretPatterns.Match(at, at + form.length(), "stored secret"));
            }
        }
        return matches;
    }

    boolean isEmpty() {
        return forms.isEmpty();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String lowerHex(String encoded) {
        StringBuilder out = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            boolean inEscape = i > 0 && encoded.charAt(i - 1) == '%' || i > 1 && encoded.charAt(i - 2) == '%';
            out.append(inEscape ? Character.toLowerCase(c) : c);
        }
        return out.toString().toLowerCase(Locale.ROOT).equals(encoded.toLowerCase(Locale.ROOT)) ? out.toString() : encoded;
    }
}
