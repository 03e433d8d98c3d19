package dev.xinspect.core.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The secret values the credential store and the active profile hold, and every form they take on the wire: as
 * typed; percent-encoded (RFC 3986 and form encoding, upper- and lower-case hex); JSON-escaped; base64 and base64url
 * at each of the three byte alignments, so a value is found inside any base64 text that holds it, a Basic header's
 * {@code base64(key:secret)} included; and its UTF-8 bytes read as Latin-1, the view bodies are scanned in.
 */
@SuppressWarnings("unchecked") // an array of lists, built here and never handed out
final class KnownSecrets {
    /** Values this short would match too much ordinary text to be worth searching for. */
    private static final int MIN_LENGTH = 6;
    /** A base64 fragment this short could stand in any base64 text by chance. */
    private static final int MIN_BASE64_CORE = 8;

    /** Characters looked up at each position; every form is at least this long. */
    private static final int WINDOW = 4;

    private final List<String> forms;
    private final int bits;
    private final long[] slots;
    private final List<String>[] slotForms;

    KnownSecrets(Collection<String> secrets) {
        Set<String> all = new LinkedHashSet<>();
        for (String value : secrets) {
            if (value == null || value.length() < MIN_LENGTH) {
                continue;
            }
            String form = URLEncoder.encode(value, StandardCharsets.UTF_8);
            for (String typed : List.of(value, form)) {
                all.add(typed);
                base64Cores(typed.getBytes(StandardCharsets.UTF_8), all);
            }
            all.add(form.replace("+", "%20"));
            all.add(lowerHex(form));
            all.add(lowerHex(form.replace("+", "%20")));
            all.add(jsonEscaped(value, false));
            all.add(jsonEscaped(value, true));
            all.add(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        }
        // Longest first, so a value containing another is replaced whole.
        this.forms = all.stream().sorted((x, y) -> y.length() - x.length()).toList();
        int size = Integer.highestOneBit(Math.max(forms.size(), 1) * 4) * 2;
        this.bits = Integer.numberOfTrailingZeros(size);
        this.slots = new long[size];
        this.slotForms = new List[size];
        for (String form : forms) {
            int slot = slot(window(form, 0));
            while (slotForms[slot] != null && slots[slot] != window(form, 0)) {
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = window(form, 0);
            if (slotForms[slot] == null) {
                slotForms[slot] = new ArrayList<>();
            }
            slotForms[slot].add(form);
        }
    }

    /**
     * Every place a form stands, in one pass however many forms there are: the first {@value #WINDOW} characters at
     * each position are looked up in a small hash table, and only a hit is compared in full. (One
     * {@code indexOf} per form cost a pass over a 10 MB body for each of the dozens of forms.)
     */
    void find(String text, List<Found> out) {
        if (forms.isEmpty() || text.length() < WINDOW) {
            return;
        }
        long window = window(text, 0);
        int skipUntil = 0;
        for (int at = 0; ; at++) {
            if (at >= skipUntil) {
                int slot = slot(window);
                while (slotForms[slot] != null) {
                    if (slots[slot] == window) {
                        for (String form : slotForms[slot]) {
                            if (text.startsWith(form, at)) {
                                out.add(Found.of(at, at + form.length(), "stored secret"));
                                skipUntil = at + form.length();
                                break;
                            }
                        }
                        break;
                    }
                    slot = (slot + 1) & (slots.length - 1);
                }
            }
            if (at + WINDOW >= text.length()) {
                return;
            }
            window = (window << 16) | text.charAt(at + WINDOW);
        }
    }

    private static long window(String text, int at) {
        return (long) text.charAt(at) << 48 | (long) text.charAt(at + 1) << 32 | (long) text.charAt(at + 2) << 16 | text.charAt(at + 3);
    }

    private int slot(long window) {
        return (int) ((window * 0x9E3779B97F4A7C15L) >>> (64 - bits));
    }

    boolean isEmpty() {
        return forms.isEmpty();
    }

    /**
     * The characters of base64(prefix + value) that depend on the value alone, for prefixes of 0, 1 and 2 bytes: the
     * three ways a value's bytes fall on base64's 3-byte groups inside a longer text.
     */
    private static void base64Cores(byte[] value, Set<String> out) {
        for (int offset = 0; offset < 3; offset++) {
            byte[] padded = new byte[offset + value.length];
            System.arraycopy(value, 0, padded, offset, value.length);
            int from = (offset * 8 + 5) / 6;
            int to = (padded.length * 8) / 6;
            for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
                String encoded = encoder.encodeToString(padded);
                if (to - from >= MIN_BASE64_CORE) {
                    out.add(encoded.substring(from, to));
                }
            }
        }
    }

    private static String jsonEscaped(String value, boolean slash) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append(slash ? "\\/" : "/");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String lowerHex(String encoded) {
        StringBuilder out = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            boolean inEscape = i > 0 && encoded.charAt(i - 1) == '%' || i > 1 && encoded.charAt(i - 2) == '%';
            out.append(inEscape ? Character.toLowerCase(encoded.charAt(i)) : encoded.charAt(i));
        }
        return out.toString();
    }
}
