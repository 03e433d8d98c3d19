package dev.xinspect.core.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The bytes of a request or response body. Bodies may be binary or invalid UTF-8, so the bytes are kept as they
 * came and text is a view over them. A large body is held in slices of at most {@link #SLICE_BYTES}, never in one
 * array (see {@link Slice}). Immutable: bytes are copied in (or handed over, {@link #sharing}) and never handed out
 * to be changed.
 */
public final class Body {
    /**
     * The largest slice. The JVM clears a new array in one step no safepoint interrupts, on pages the kernel faults
     * in one by one: a 100 MB array held every thread, the FX thread included, for 250 to 650 ms while a garbage
     * collection waited for it (README "Benchmarks"). 4 MB takes a few milliseconds. A little under 4 MB, so that an
     * array of it and its header fill whole G1 regions (1, 2 or 4 MB): at 4 MB exactly, each slice took one region
     * more than it needed and a 100 MB body counted as 200 MB of heap.
     */
    public static final int SLICE_BYTES = (4 << 20) - 64;
    public static final Body EMPTY = new Body(List.of());
    /** Bytes written per call: a channel writes a heap array through a native buffer as large, kept per thread. */
    private static final int WRITE_STEP = 1 << 20;
    /** Characters encoded per step of a long text. */
    private static final int ENCODE_STEP = 64 << 10;

    private final List<Slice> slices;
    private final int size;
    /** {@link #isText()}'s answer once known, else null. */
    private volatile Boolean text;
    private final Object textLock = new Object();

    private Body(List<Slice> slices) {
        this.slices = slices;
        int total = 0;
        for (Slice slice : slices) {
            total = Math.addExact(total, slice.size());
        }
        this.size = total;
    }

    /** The body of these slices, cut as {@link Slicer#cut} says and none empty. */
    static Body of(List<Slice> slices) {
        return slices.isEmpty() ? EMPTY : new Body(slices);
    }

    public static Body ofBytes(byte[] bytes) {
        return ofRange(bytes, 0, bytes.length);
    }

    /** The bytes {@code [from, to)} of an array, copied once into slices. */
    public static Body ofRange(byte[] bytes, int from, int to) {
        return ofRange(bytes, from, to, SLICE_BYTES);
    }

    static Body ofRange(byte[] bytes, int from, int to, int sliceBytes) {
        if (from >= to) {
            return EMPTY;
        }
        Slicer slicer = new Slicer(sliceBytes, to - from);
        slicer.write(bytes, from, to - from);
        return slicer.finish();
    }

    /**
     * The bytes {@code [from, to)} of an array the caller hands over and never changes again, not copied: slices
     * over the array itself.
     */
    static Body sharing(byte[] bytes, int from, int to) {
        return sharing(bytes, from, to, SLICE_BYTES);
    }

    static Body sharing(byte[] bytes, int from, int to, int sliceBytes) {
        return from >= to ? EMPTY : of(List.copyOf(Slicer.ranges(bytes, from, to, sliceBytes)));
    }

    /** A body of one byte per character of a Latin-1 text ({@link #latin1()} read back), copied once. */
    public static Body ofLatin1(String text) {
        return encoded(text, StandardCharsets.ISO_8859_1, 1);
    }

    public static Body ofText(String text) {
        return encoded(text, StandardCharsets.UTF_8, 3);
    }

    /**
     * A short text is encoded at once; a long one a step at a time into slices, never into one array (the writer
     * copies what it is given into a char array first; it keeps a surrogate pair cut between two steps whole).
     */
    private static Body encoded(String text, Charset charset, int maxBytesPerChar) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        if ((long) text.length() * maxBytesPerChar <= SLICE_BYTES) {
            byte[] bytes = text.getBytes(charset);
            return new Body(List.of(new Slice(bytes, 0, bytes.length)));
        }
        Slicer slicer = new Slicer(SLICE_BYTES, text.length());
        try (Writer writer = new OutputStreamWriter(slicer, charset)) { // unmappable characters become '?', as getBytes
            for (int at = 0; at < text.length(); at += ENCODE_STEP) {
                writer.write(text, at, Math.min(ENCODE_STEP, text.length() - at));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a slicer writes to memory only
        }
        return slicer.finish();
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** All the bytes in one new array: for small bodies and for paths a user asked for, never for opening one. */
    public byte[] bytes() {
        return head(size);
    }

    /** The first {@code count} bytes (fewer when the body is shorter), copied: for peeking at how a body starts. */
    public byte[] head(int count) {
        byte[] out = new byte[Math.min(Math.max(count, 0), size)];
        int at = 0;
        for (Slice slice : slices) {
            if (at == out.length) {
                break;
            }
            int step = Math.min(slice.size(), out.length - at);
            System.arraycopy(slice.bytes(), slice.from(), out, at, step);
            at += step;
        }
        return out;
    }

    /** The body from byte {@code offset} on, sharing this one's slices (nothing copied). */
    Body after(int offset) {
        List<Slice> rest = new ArrayList<>();
        int skip = offset;
        for (Slice slice : slices) {
            if (skip >= slice.size()) {
                skip -= slice.size();
            } else {
                rest.add(skip == 0 ? slice : new Slice(slice.bytes(), slice.from() + skip, slice.to()));
                skip = 0;
            }
        }
        return of(List.copyOf(rest));
    }

    /** Writes the bytes in order, a megabyte per call: for saving a body as it is. */
    public void writeTo(OutputStream out) throws IOException {
        for (Slice slice : slices) {
            for (int at = slice.from(); at < slice.to(); at += WRITE_STEP) {
                out.write(slice.bytes(), at, Math.min(WRITE_STEP, slice.to() - at));
            }
        }
    }

    /**
     * Every byte as one character (Latin-1), nothing decoded or lost: for scanning a body of any encoding for ASCII
     * names and shapes.
     */
    public String latin1() {
        if (slices.size() == 1) {
            Slice only = slices.get(0);
            return new String(only.bytes(), only.from(), only.size(), StandardCharsets.ISO_8859_1);
        }
        return new String(bytes(), StandardCharsets.ISO_8859_1);
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
        return slices;
    }

    /** The bytes as a stream, read in place: for a parser that takes a stream over pieces. */
    public InputStream stream() {
        if (slices.size() == 1) {
            Slice only = slices.get(0);
            return new ByteArrayInputStream(only.bytes(), only.from(), only.size());
        }
        return new SequenceInputStream(Collections.enumeration(slices.stream()
                .<InputStream>map(slice -> new ByteArrayInputStream(slice.bytes(), slice.from(), slice.size())).toList()));
    }

    /** The body as UTF-8 text, a leading byte order mark dropped; invalid sequences become U+FFFD. */
    public String text() {
        int offset = hasUtf8Bom() ? 3 : 0;
        if (slices.size() == 1) {
            Slice only = slices.get(0);
            return new String(only.bytes(), only.from() + offset, only.size() - offset, StandardCharsets.UTF_8);
        }
        byte[] all = bytes();
        return new String(all, offset, all.length - offset, StandardCharsets.UTF_8);
    }

    public boolean hasUtf8Bom() {
        byte[] start = head(3);
        return start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
    }

    /**
     * True when the bytes are valid UTF-8 with no NUL, the test for "can this be shown as text". Checked slice by
     * slice (no slice ends inside a sequence, so the answer is the whole body's) and once: the diagnosis and the body
     * view both ask as a body opens, and a second pass over 100 MB took the CPU the window needed; a second caller
     * waits for the first one's answer.
     */
    public boolean isText() {
        Boolean known = text;
        if (known == null) {
            synchronized (textLock) {
                known = text;
                if (known == null) {
                    known = slices.stream().allMatch(slice -> TextCheck.isText(slice.bytes(), slice.from(), slice.to()));
                    text = known;
                }
            }
        }
        return known;
    }

    /** Equal bytes make equal bodies, wherever their slices are cut. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Body body) || body.size != size) {
            return false;
        }
        int mine = 0;
        int theirs = 0;
        int myAt = size == 0 ? 0 : slices.get(0).from();
        int theirAt = size == 0 ? 0 : body.slices.get(0).from();
        for (int left = size; left > 0; ) {
            Slice a = slices.get(mine);
            Slice b = body.slices.get(theirs);
            int step = Math.min(a.to() - myAt, b.to() - theirAt);
            if (!Arrays.equals(a.bytes(), myAt, myAt + step, b.bytes(), theirAt, theirAt + step)) {
                return false;
            }
            myAt += step;
            theirAt += step;
            left -= step;
            if (myAt == a.to() && left > 0) {
                myAt = slices.get(++mine).from();
            }
            if (theirAt == b.to() && left > 0) {
                theirAt = body.slices.get(++theirs).from();
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (Slice slice : slices) {
            for (int at = slice.from(); at < slice.to(); at++) {
                hash = 31 * hash + slice.bytes()[at];
            }
        }
        return hash;
    }

    @Override
    public String toString() {
        return "Body[" + size + " bytes]";
    }
}
