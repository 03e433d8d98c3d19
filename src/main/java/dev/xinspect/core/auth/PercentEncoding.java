package dev.xinspect.core.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * RFC 3986 percent-encoding as OAuth 1.0a requires it (RFC 5849 §3.6): UTF-8 bytes, every octet outside the
 * unreserved set {@code ALPHA DIGIT - . _ ~} becomes {@code %XX} with upper-case hex. A space is {@code %20}, never
 * {@code +}; unlike {@link java.net.URLEncoder}, {@code *} is encoded and {@code ~} is not.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /** Encodes every octet outside the RFC 3986 unreserved set. */
    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** Decodes {@code %XX} sequences; {@code +} stays a plus (RFC 3986). Throws on a broken escape or invalid UTF-8. */
    public static String decode(String value) {
        return decode(value, false);
    }

    /**
     * Decodes an {@code application/x-www-form-urlencoded} name or value: as {@link #decode} but {@code +} is a space
     * (RFC 5849 §3.4.1.3.1 reads query strings and form bodies this way).
     */
    public static String formDecode(String value) {
        return decode(value, true);
    }

    static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static String decode(String value, boolean plusIsSpace) {
        if (value.indexOf('%') < 0 && !(plusIsSpace && value.indexOf('+') >= 0)) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length() || Character.digit(value.charAt(i + 1), 16) < 0
                        || Character.digit(value.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("Broken percent-escape at character " + (i + 1)
                            + ": '%' must be followed by two hex digits");
                }
                bytes.write(Character.digit(value.charAt(i + 1), 16) * 16 + Character.digit(value.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
                    raw = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(raw);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Percent-escapes do not decode to valid UTF-8");
        }
    }
}
