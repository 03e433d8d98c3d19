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

    @Test
    void aLargeBodyIsCheckedAcrossTheDecodersBufferBoundaries() {
        String text = "é𝕏 posts ".repeat(50_000);
        assertTrue(Body.ofText(text).isText());
        byte[] cut = text.getBytes(StandardCharsets.UTF_8);
        cut[cut.length - 1] = (byte) 0xF0; // a sequence that never ends
        assertFalse(Body.ofBytes(cut).isText());
    }

    @Test
    void bytesAreReadInPlaceAsTheyAre() {
        Body body = Body.ofText("\uFEFF{}");
        assertEquals(5, (int) body.readInPlace((bytes, from, to) -> to - from));
        assertTrue(body.hasUtf8Bom());
    }
}
