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
    /** Entries of the jump table, one per hashed pair of characters. */
    private static final int PAIRS = 1 << 12;

    private final List<String> forms;
    private final int bits;
    private final long[] slots;
    private final List<String>[] slotForms;
    /** The length of the shortest form, and the jump table over it ({@link #find}). */
    private final int shortest;
    private final int[] shifts;

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
        this.shortest = forms.isEmpty() ? WINDOW : Math.max(WINDOW, forms.get(forms.size() - 1).length());
        this.shifts = shifts(forms, shortest);
    }

    /**
     * Every place a form stands, in one pass however many forms there are (Wu and Manber's multi-pattern search):
     * the two characters at the end of a window as long as the shortest form say how far the next form could start
     * at the earliest, so the search mostly jumps by nearly a form's length; where it cannot jump, the first
     * {@value #WINDOW} characters are looked up in a small hash table and only a hit is compared in full. (One
     * {@code indexOf} per form cost a pass over a 10 MB body for each of the dozens of forms; a lookup at every
     * character, a fifth of the redaction's time.)
     */
    void find(String text, List<Found> out) {
        if (forms.isEmpty()) {
            return;
        }
        int last = text.length() - shortest;
        int at = 0;
        while (at <= last) {
            int end = at + shortest - 1;
            int jump = shifts[pair(text.charAt(end - 1), text.charAt(end))];
            if (jump > 0) {
                at += jump;
                continue;
            }
            int length = formAt(text, at);
            if (length > 0) {
                out.add(Found.of(at, at + length, "stored secret"));
                at += length;
            } else {
                at++;
            }
        }
    }

    /** The length of the longest form that stands at {@code at}, or 0. */
    private int formAt(String text, int at) {
        long window = window(text, at);
        for (int slot = slot(window); slotForms[slot] != null; slot = (slot + 1) & (slots.length - 1)) {
            if (slots[slot] == window) {
                for (String form : slotForms[slot]) {
                    if (text.startsWith(form, at)) {
                        return form.length();
                    }
                }
                return 0;
            }
        }
        return 0;
    }

    /**
     * For each pair of characters, how far a window of the shortest form's length may move when it ends in that pair:
     * the least distance from the pair to the end of such a window in any form (pairs are hashed, and a collision
     * only makes a jump shorter).
     */
    private static int[] shifts(List<String> forms, int shortest) {
        int[] shifts = new int[PAIRS];
        java.util.Arrays.fill(shifts, shortest - 1);
        for (String form : forms) {
            for (int j = 1; j < shortest; j++) {
                int slot = pair(form.charAt(j - 1), form.charAt(j));
                shifts[slot] = Math.min(shifts[slot], shortest - 1 - j);
            }
        }
        return shifts;
    }

    private static int pair(char first, char second) {
        return (first * 31 + second) & (PAIRS - 1);
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
