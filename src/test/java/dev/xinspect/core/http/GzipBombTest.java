package dev.xinspect.core.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xinspect.hostile.HostileInputs;
import org.junit.jupiter.api.Test;

/** A response that inflates past the decoding limit is kept compressed, as it came, instead of filling the memory. */
class GzipBombTest {
    @Test
    void aBodyThatInflatesPastTheLimitKeepsItsCompressedBytes() throws Exception {
        byte[] bomb = HostileInputs.gzipBomb(HttpSender.MAX_DECODED_BYTES + 1024L * 1024);

        assertArrayEquals(bomb, HttpSender.decode(Body.ofBytes(bomb), "gzip").bytes());
    }

    @Test
    void aBodyUpToTheLimitIsDecoded() throws Exception {
        assertEquals(8 * 1024 * 1024, HttpSender.decode(Body.ofBytes(HostileInputs.gzipBomb(8 * 1024 * 1024)), "gzip").size());
    }
}
