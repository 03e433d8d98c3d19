package dev.xinspect.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BodyTest {
    /** The strict decoder, at once: what {@link Body#isText()} must agree with, without its 2 bytes a byte of copy. */
    private static boolean decodesStrictly(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Property(tries = 500)
    void isTextAgreesWithAStrictDecodeOfAnyBytes(@ForAll @Size(max = 200) List<@IntRange(min = 0, max = 255) Integer> values) {
        byte[] bytes = new byte[values.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (int) values.get(i);
        }
        boolean hasNul = values.contains(0);
        assertEquals(!hasNul && decodesStrictly(bytes), Body.ofBytes(bytes).isText());
    }

    /**
     * Text with a few bytes changed lands on the edges of UTF-8 (cut sequences, stray continuation bytes, overlong
     * forms, surrogates) far more often than random bytes, and runs of ASCII exercise the eight-bytes-at-a-time path.
     */
    @Property(tries = 1_000)
    void isTextAgreesWithAStrictDecodeOfTextWithBytesChanged(@ForAll @Size(max = 80) String text,
            @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 255) Integer> changes, @ForAll @IntRange(min = 0, max = 1_000) int seed) {
        byte[] bytes = ("plain ascii " + text + " ascii again").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < changes.size(); i++) {
            bytes[(seed * 31 + i * 17) % bytes.length] = (byte) (int) changes.get(i);
        }
        boolean hasNul = false;
        for (byte b : bytes) {
            hasNul |= b == 0;
        }
        assertEquals(!hasNul && decodesStrictly(bytes), Body.ofBytes(bytes).isText());
    }

    @Test
    void theEdgesOfUnicodesTableOfWellFormedSequencesAreCheckedAsAStrictDecoderDoes() {
        List<int[]> sequences = List.of(new int[] {0xC2, 0x80}, new int[] {0xC1, 0xBF}, new int[] {0xE0, 0xA0, 0x80},
                new int[] {0xE0, 0x9F, 0xBF}, new int[] {0xED, 0x9F, 0xBF}, new int[] {0xED, 0xA0, 0x80},
                new int[] {0xEF, 0xBF, 0xBF}, new int[] {0xF0, 0x90, 0x80, 0x80}, new int[] {0xF0, 0x8F, 0xBF, 0xBF},
                new int[] {0xF4, 0x8F, 0xBF, 0xBF}, new int[] {0xF4, 0x90, 0x80, 0x80}, new int[] {0xF5, 0x80, 0x80, 0x80},
                new int[] {0xE1, 0x80}, new int[] {0x80}, new int[] {0xE1, 0x80, 0x41});
        for (int[] sequence : sequences) {
            byte[] bytes = new byte[20 + sequence.length];
            java.util.Arrays.fill(bytes, (byte) 'a');
            for (int i = 0; i < sequence.length; i++) {
                bytes[9 + i] = (byte) sequence[i]; // inside an eight-byte word, and at the very end
            }
            byte[] atEnd = java.util.Arrays.copyOf(bytes, 9 + sequence.length);
            assertEquals(decodesStrictly(bytes), Body.ofBytes(bytes).isText(), java.util.Arrays.toString(sequence));
            assertEquals(decodesStrictly(atEnd), Body.ofBytes(atEnd).isText(), java.util.Arrays.toString(sequence));
        }
        assertFalse(Body.ofText("twelve bytes\u0000 and more ascii").isText()); // a NUL inside a word of ASCII
    }

    @Test
    void aLargeBodyIsCheckedAcrossTheDecodersBufferBoundaries() {
        String text = "é𝕏 posts ".repeat(50_000);
        assertTrue(Body.ofText(text).isText());
        byte[] cut = text.getBytes(StandardCharsets.UTF_8);
        cut[cut.length - 1] = (byte) 0xF0; // a sequence that never ends
        assertFalse(Body.ofBytes(cut).isText());
    }

    @Test
    void aSmallBodyIsOneSliceOfItsBytes() {
        Body body = Body.ofText("\uFEFF{}");
        assertEquals(List.of(5), body.slices().stream().map(Body.Slice::size).toList());
        assertTrue(body.hasUtf8Bom());
    }
}
