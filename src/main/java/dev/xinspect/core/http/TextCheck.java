package dev.xinspect.core.http;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether bytes are well-formed UTF-8 with no NUL (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing
 * above U+10FFFF), the same answer as a strict {@code CharsetDecoder}, in one pass that decodes nothing. ASCII, most
 * of an API body, is checked eight bytes at a time: the decoder and a separate NUL scan took two passes and a core's
 * worth of time over a 100 MB body while the window waited for the CPU (README "Benchmarks").
 */
final class TextCheck {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;

    private TextCheck() {
    }

    /** Checks {@code bytes[from, to)}. The loop's stride varies, so the compiled loop keeps its safepoint check. */
    static boolean isText(byte[] bytes, int from, int to) {
        int at = from;
        while (at < to) {
            if (to - at >= Long.BYTES) {
                long word = (long) LONGS.get(bytes, at);
                if ((word & HIGH_BITS) == 0 && ((word - ONES) & ~word & HIGH_BITS) == 0) {
                    at += Long.BYTES; // eight ASCII bytes, none of them NUL
                    continue;
                }
            }
            int lead = bytes[at] & 0xFF;
            if (lead < 0x80) {
                if (lead == 0) {
                    return false;
                }
                at++;
                continue;
            }
            int length = sequenceLength(lead);
            if (length == 0 || to - at < length || !continues(bytes, at, length, lead)) {
                return false;
            }
            at += length;
        }
        return true;
    }

    /** The length of the sequence a lead byte starts, or 0 when it starts none (a continuation byte, C0, C1, F5 to FF). */
    static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    /** Table 3-7: the second byte's range depends on the lead (no overlong form, surrogate or code point past U+10FFFF). */
    private static boolean continues(byte[] bytes, int at, int length, int lead) {
        int second = bytes[at + 1] & 0xFF;
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        if (second < low || second > high) {
            return false;
        }
        for (int next = at + 2; next < at + length; next++) {
            if ((bytes[next] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
