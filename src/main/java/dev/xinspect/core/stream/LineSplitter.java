package dev.xinspect.core.stream;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Cuts a byte stream into lines at {@code \n} (a preceding {@code \r} dropped), without allocating per byte: bytes
 * are scanned in the caller's buffer and copied only into the line being built. A line longer than the limit is
 * delivered cut at the limit and flagged, so a 1 MB line cannot exhaust memory.
 */
final class LineSplitter {
    /** A complete line and whether it was cut at the limit. */
    record Line(String text, boolean truncated) {
    }

    private final int maxLineBytes;
    private final Consumer<Line> sink;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream(1024);
    private boolean overflowed;

    LineSplitter(int maxLineBytes, Consumer<Line> sink) {
        this.maxLineBytes = maxLineBytes;
        this.sink = sink;
    }

    void feed(byte[] buffer, int length) {
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '\n') {
                append(buffer, start, i - start);
                emit();
                start = i + 1;
            }
        }
        append(buffer, start, length - start);
    }

    private void append(byte[] buffer, int offset, int count) {
        int room = maxLineBytes - current.size();
        if (count > room) {
            overflowed = true;
            count = Math.max(room, 0);
        }
        current.write(buffer, offset, count);
    }

    private void emit() {
        byte[] bytes = current.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        sink.accept(new Line(new String(bytes, 0, length, StandardCharsets.UTF_8), overflowed));
        current.reset();
        overflowed = false;
    }

    /** Bytes of a line begun but not finished when the stream ended (a truncated last line). */
    int pendingBytes() {
        return current.size();
    }
}
