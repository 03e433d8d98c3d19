package dev.xinspect.core.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a request or response body. Bodies may be binary or invalid UTF-8, so the bytes are kept as they
 * came and text is a view over them. Immutable: the array is copied in and never handed out.
 */
public final class Body {
    public static final Body EMPTY = new Body(new byte[0]);

    private final byte[] bytes;

    private Body(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Body ofBytes(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Body(bytes.clone());
    }

    /** The bytes {@code [from, to)} of an array, copied once. */
    public static Body ofRange(byte[] bytes, int from, int to) {
        return from >= to ? EMPTY : new Body(Arrays.copyOfRange(bytes, from, to));
    }

    /** A body of one byte per character of a Latin-1 text ({@link #latin1()} read back), copied once. */
    public static Body ofLatin1(String text) {
        return text == null || text.isEmpty() ? EMPTY : new Body(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static Body ofText(String text) {
        return text == null || text.isEmpty() ? EMPTY : new Body(text.getBytes(StandardCharsets.UTF_8));
    }

    public int size() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Every byte as one character (Latin-1), nothing decoded or lost: for scanning a body of any encoding for ASCII
     * names and shapes. One copy of the bytes, where {@code new String(bytes(), ISO_8859_1)} makes two.
     */
    public String latin1() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The body as UTF-8 text, a leading byte order mark dropped; invalid sequences become U+FFFD. */
    public String text() {
        int offset = hasUtf8Bom() ? 3 : 0;
        return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    }

    public boolean hasUtf8Bom() {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** True when the bytes are valid UTF-8 with no NUL, the test for "can this be shown as text". */
    public boolean isText() {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Body body && Arrays.equals(bytes, body.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Body[" + bytes.length + " bytes]";
    }
}
