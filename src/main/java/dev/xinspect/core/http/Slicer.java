package dev.xinspect.core.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects bytes into the slices of a {@link Body}, each at most a slice size long, and cuts them so that no slice
 * ends inside a UTF-8 sequence or between a CR and the LF after it ({@link #cut}): a reader can then check, decode
 * or split lines slice by slice and get the whole body's answer. One use, one thread.
 */
final class Slicer extends OutputStream {
    /** Bytes asked of a channel per read: the JDK reads a heap buffer through a native one as large, kept per thread. */
    static final int READ_STEP = 1 << 20;
    /** Bytes per {@code System.arraycopy}: one copy is one call no safepoint interrupts. */
    private static final int COPY_STEP = 1 << 20;
    /** The first array when the size to come is unknown, doubled until a slice is full. */
    private static final int FIRST_GUESS = 8 << 10;

    private final int sliceBytes;
    private final long expected;
    private final List<Body.Slice> slices = new ArrayList<>();
    private long sealed;
    private byte[] current = new byte[0];
    private int filled;

    /** @param expected how many bytes are likely to come (0 when unknown): arrays are sized for them, no larger */
    Slicer(int sliceBytes, long expected) {
        if (sliceBytes < 4) {
            throw new IllegalArgumentException("a slice must hold a whole UTF-8 sequence: " + sliceBytes);
        }
        this.sliceBytes = sliceBytes;
        this.expected = expected;
    }

    /**
     * Where a full chunk {@code bytes[from, end)} ends as a slice: before the last UTF-8 sequence when it does not
     * complete inside the chunk, before a last CR (its LF may come next), else at the end. The bytes cut off (at
     * most three) start the next slice. A chunk ending in four or more continuation bytes is invalid UTF-8 whatever
     * the cut, so it is cut at its end.
     */
    static int cut(byte[] bytes, int from, int end) {
        for (int back = 1; back <= 3 && end - back >= from; back++) {
            int b = bytes[end - back] & 0xFF;
            if ((b & 0xC0) != 0x80) { // the start of the last sequence
                if (b >= 0xC0 && TextCheck.sequenceLength(b) > back) {
                    return end - back;
                }
                break;
            }
        }
        return bytes[end - 1] == '\r' ? end - 1 : end;
    }

    /** Ranges over {@code bytes[from, to)} itself, cut as {@link #cut} says: nothing is copied. */
    static List<Body.Slice> ranges(byte[] bytes, int from, int to, int sliceBytes) {
        List<Body.Slice> ranges = new ArrayList<>();
        int at = from;
        while (to - at > sliceBytes) {
            int end = cut(bytes, at, at + sliceBytes);
            ranges.add(new Body.Slice(bytes, at, end));
            at = end;
        }
        if (at < to) {
            ranges.add(new Body.Slice(bytes, at, to));
        }
        return ranges;
    }

    @Override
    public void write(int b) {
        makeRoom();
        current[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] from, int start, int length) {
        int end = start + length;
        for (int at = start; at < end; ) {
            makeRoom();
            int step = Math.min(Math.min(end - at, current.length - filled), COPY_STEP);
            System.arraycopy(from, at, current, filled, step);
            filled += step;
            at += step;
        }
    }

    /**
     * One read of at most {@link #READ_STEP} bytes from {@code channel} straight into the slice being filled; false
     * at the channel's end. When the bytes expected have all come, one byte is read first, so that a file of the
     * size it said gets no array it will not fill.
     */
    boolean readFrom(ReadableByteChannel channel) throws IOException {
        if (filled == current.length && remaining() == 0) {
            ByteBuffer probe = ByteBuffer.allocate(1);
            if (channel.read(probe) < 0) {
                return false;
            }
            write(probe.array(), 0, probe.position());
            return true;
        }
        makeRoom();
        ByteBuffer into = ByteBuffer.wrap(current, filled, Math.min(READ_STEP, current.length - filled));
        int read = channel.read(into);
        if (read < 0) {
            return false;
        }
        filled += read;
        return true;
    }

    /** How many bytes have come so far. */
    long size() {
        return sealed + filled;
    }

    /** The slices so far and the last one, as a body; the slicer is not to be used afterwards. */
    Body finish() {
        if (filled > 0) {
            byte[] last = current.length - filled > current.length / 4 ? Arrays.copyOf(current, filled) : current;
            slices.add(new Body.Slice(last, 0, filled));
        }
        return Body.of(List.copyOf(slices));
    }

    private long remaining() {
        return Math.max(0, expected - sealed - filled);
    }

    /** Makes room for at least one byte: the array grows up to a slice; a full slice is cut and the next begun. */
    private void makeRoom() {
        if (filled < current.length) {
            return;
        }
        byte[] old = current;
        int keepFrom = 0;
        if (filled == sliceBytes) {
            keepFrom = cut(old, 0, filled);
            slices.add(new Body.Slice(old, 0, keepFrom));
            sealed += keepFrom;
        }
        int keep = filled - keepFrom;
        filled = keep;
        current = new byte[capacity(keep)];
        System.arraycopy(old, keepFrom, current, 0, keep);
    }

    /** The next array: room for the bytes expected, or twice what it holds when none are (the source ran past its size). */
    private int capacity(int keep) {
        long more = remaining() > 0 ? remaining() : Math.max(keep, FIRST_GUESS);
        return (int) Math.min(sliceBytes, keep + more);
    }
}
