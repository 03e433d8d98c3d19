package dev.xinspect.core.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes of a request or response body. Bodies may be binary or invalid UTF-8, so the bytes are kept as they
 * came and text is a view over them. Immutable: the array is copied in (or handed over, {@link #sharing}) and never
 * handed out.
 */
public final class Body {
    public static final Body EMPTY = new Body(new byte[0]);
    /**
     * Bytes copied per {@code System.arraycopy}. One copy is one call the JVM cannot stop at a safepoint: copying a
     * 100 MB body in one held every other thread, the FX thread included, for 430 to 470 ms while a garbage
     * collection waited for it (-XX:+SafepointTimeout named the worker; README "Benchmarks").
     */
    private static final int COPY_STEP = 1 << 20;

    /** The body is {@code bytes[from, from + size)}: a body read from a file keeps the file's array (see {@link #sharing}). */
    private final byte[] bytes;
    private final int from;
    private final int size;
    /** {@link #isText()}'s answer once known, else null. */
    private volatile Boolean text;
    private final Object textLock = new Object();

    private Body(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    private Body(byte[] bytes, int from, int size) {
        this.bytes = bytes;
        this.from = from;
        this.size = size;
    }

    public static Body ofBytes(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Body(copy(bytes, 0, bytes.length));
    }

    /** The bytes {@code [from, to)} of an array, copied once. */
    public static Body ofRange(byte[] bytes, int from, int to) {
        return from >= to ? EMPTY : new Body(copy(bytes, from, to));
    }

    /**
     * The bytes {@code [from, to)} of an array the caller hands over and never changes again, not copied: a 100 MB
     * capture read from a file is held once, and no second 100 MB array is allocated (the JVM clears a new array
     * in one step no safepoint can interrupt).
     */
    static Body sharing(byte[] bytes, int from, int to) {
        return from >= to ? EMPTY : new Body(bytes, from, to - from);
    }

    /**
     * A copy in steps of {@link #COPY_STEP}. The step is not a constant stride, so the compiled loop keeps its
     * safepoint check between two steps (a counted loop of a hundred steps would have none).
     */
    private static byte[] copy(byte[] from, int start, int end) {
        byte[] out = new byte[end - start];
        for (int at = start; at < end; ) {
            int step = Math.min(COPY_STEP, end - at);
            System.arraycopy(from, at, out, at - start, step);
            at += step;
        }
        return out;
    }

    /** A body of one byte per character of a Latin-1 text ({@link #latin1()} read back), copied once. */
    public static Body ofLatin1(String text) {
        return text == null || text.isEmpty() ? EMPTY : new Body(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static Body ofText(String text) {
        return text == null || text.isEmpty() ? EMPTY : new Body(text.getBytes(StandardCharsets.UTF_8));
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public byte[] bytes() {
        return copy(bytes, from, from + size);
    }

    /**
     * Every byte as one character (Latin-1), nothing decoded or lost: for scanning a body of any encoding for ASCII
     * names and shapes. One copy of the bytes, where {@code new String(bytes(), ISO_8859_1)} makes two.
     */
    public String latin1() {
        return new String(bytes, from, size, StandardCharsets.ISO_8859_1);
    }

    /** A reader of a body's bytes in place: {@code bytes[from, to)}, never to be changed. */
    @FunctionalInterface
    public interface InPlace<T> {
        T read(byte[] bytes, int from, int to);
    }

    /**
     * Hands the bytes to {@code reader} without a copy: a 100 MB body is indexed and formatted where it lies. The
     * reader may keep them (they never change) but must never write to them.
     */
    public <T> T readInPlace(InPlace<T> reader) {
        return reader.read(bytes, from, from + size);
    }

    /**
     * One piece of a body, {@code bytes[from, to)}, handed out to be read in place and never to be changed. A large
     * body is held in pieces of a few megabytes: the JVM clears a new array in one step no safepoint interrupts,
     * and clearing one of 100 MB stopped every thread, the FX thread included, for 250 to 650 ms (README
     * "Benchmarks"). No piece ends inside a UTF-8 sequence or between a CR and its LF, so each can be checked and
     * shown on its own.
     */
    public record Slice(byte[] bytes, int from, int to) {
        public int size() {
            return to - from;
        }
    }

    /** The body's pieces in order (none empty; none at all for an empty body). */
    public List<Slice> slices() {
        return size == 0 ? List.of() : List.of(new Slice(bytes, from, from + size));
    }

    /** The bytes as a stream, read in place: for a parser that takes a stream over pieces. */
    public InputStream stream() {
        return new ByteArrayInputStream(bytes, from, size);
    }

    /** The body as UTF-8 text, a leading byte order mark dropped; invalid sequences become U+FFFD. */
    public String text() {
        int offset = hasUtf8Bom() ? 3 : 0;
        return new String(bytes, from + offset, size - offset, StandardCharsets.UTF_8);
    }

    public boolean hasUtf8Bom() {
        return size >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB && (bytes[from + 2] & 0xFF) == 0xBF;
    }

    /**
     * True when the bytes are valid UTF-8 with no NUL, the test for "can this be shown as text". Checked once: the
     * diagnosis and the body view both ask as a body opens, and a second pass over 100 MB took the CPU the window
     * needed; a second caller waits for the first one's answer.
     */
    public boolean isText() {
        Boolean known = text;
        if (known == null) {
            synchronized (textLock) {
                known = text;
                if (known == null) {
                    known = TextCheck.isText(bytes, from, from + size);
                    text = known;
                }
            }
        }
        return known;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Body body && Arrays.equals(bytes, from, from + size, body.bytes, body.from, body.from + body.size);
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (int at = from; at < from + size; at++) {
            hash = 31 * hash + bytes[at];
        }
        return hash;
    }

    @Override
    public String toString() {
        return "Body[" + size + " bytes]";
    }
}
