package dev.xinspect.core.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The cut rule of a body's slices, over bytes crowded with multi-byte UTF-8, CR LF and broken sequences. */
class SlicerTest {
    /** Pieces that land on the edges of the rule: sequences of 2 to 4 bytes, line ends, and bytes that break UTF-8. */
    private static final List<byte[]> PIECES = List.of(bytes("a"), bytes("{\"t\":"), bytes("\r\n"), bytes("\r"), bytes("\n"),
            bytes("é"), bytes("€"), bytes("𝕏"), bytes("\uFEFF"), new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xF0, (byte) 0x9D}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {0}, new byte[] {(byte) 0xFF});

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<byte[]> crowded() {
        Arbitrary<byte[]> text = Arbitraries.of(PIECES.subList(0, 9)).list().ofMaxSize(120).map(SlicerTest::join);
        Arbitrary<byte[]> broken = Arbitraries.of(PIECES).list().ofMaxSize(120).map(SlicerTest::join);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, text), net.jqwik.api.Tuple.of(2, broken),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)));
    }

    private static byte[] join(List<byte[]> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pieces.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static boolean decodesStrictly(byte[] bytes, int from, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] joined(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Body.Slice slice : body.slices()) {
            assertTrue(slice.size() > 0, "no slice is empty");
            out.write(slice.bytes(), slice.from(), slice.size());
        }
        return out.toByteArray();
    }

    /** Every way a body is cut: copied, shared, read from a channel a few bytes at a time. */
    private static List<Body> cuts(byte[] input, int sliceBytes) throws IOException {
        Slicer fromChannel = new Slicer(sliceBytes, input.length / 2); // a size said ahead that is wrong
        ReadableByteChannel channel = trickle(input);
        while (fromChannel.readFrom(channel)) {
            // a few bytes per read
        }
        return List.of(Body.ofRange(input, 0, input.length, sliceBytes), Body.sharing(input, 0, input.length, sliceBytes),
                fromChannel.finish());
    }

    /** A channel that hands out at most three bytes per read, so slices fill over many reads. */
    private static ReadableByteChannel trickle(byte[] input) {
        ReadableByteChannel source = Channels.newChannel(new ByteArrayInputStream(input));
        return new ReadableByteChannel() {
            @Override
            public int read(ByteBuffer into) throws IOException {
                ByteBuffer small = into.slice(into.position(), Math.min(3, into.remaining()));
                int read = source.read(small);
                if (read > 0) {
                    into.position(into.position() + read);
                }
                return read;
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {
            }
        };
    }

    @Property(tries = 600)
    void noSliceEndsInsideASequenceOrBetweenCrAndLf(@ForAll("crowded") byte[] input, @ForAll @IntRange(min = 4, max = 12) int sliceBytes)
            throws IOException {
        boolean hasNul = false;
        for (byte b : input) {
            hasNul |= b == 0;
        }
        boolean expectedText = !hasNul && decodesStrictly(input, 0, input.length);
        for (Body body : cuts(input, sliceBytes)) {
            assertArrayEquals(input, joined(body), "the slices in order are the input");
            assertEquals(input.length, body.size());
            int end = 0;
            for (Body.Slice slice : body.slices()) {
                assertTrue(slice.size() <= sliceBytes, "a slice is at most the slice size");
                end += slice.size();
                if (end < input.length) {
                    assertFalse(input[end - 1] == '\r' && input[end] == '\n', "a slice ends between CR and LF at " + end);
                    for (int start = Math.max(0, end - 3); start < end; start++) {
                        int lead = input[start] & 0xFF;
                        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
                        assertFalse(start + length > end && start + length <= input.length && decodesStrictly(input, start, length),
                                "a slice ends inside the sequence at " + start);
                    }
                }
            }
            assertEquals(expectedText, body.isText(), "slice by slice, the whole body's answer");
            assertEquals(Body.ofBytes(input), body);
            assertEquals(Body.ofBytes(input).hashCode(), body.hashCode());
            assertArrayEquals(input, body.stream().readAllBytes());
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            body.writeTo(written);
            assertArrayEquals(input, written.toByteArray());
            assertEquals(new String(input, StandardCharsets.ISO_8859_1), body.latin1());
        }
    }

    @Property(tries = 300)
    void theTextAndAnyTailOfASlicedBodyAreTheWholeBodys(@ForAll("crowded") byte[] input, @ForAll @IntRange(min = 4, max = 9) int sliceBytes,
            @ForAll @IntRange(min = 0, max = 400) int offset) {
        Body body = Body.ofRange(input, 0, input.length, sliceBytes);
        assertEquals(Body.ofBytes(input).text(), body.text());
        int from = Math.min(offset, input.length);
        assertEquals(Body.ofRange(input, from, input.length), body.after(from));
        assertArrayEquals(java.util.Arrays.copyOf(input, Math.min(offset, input.length)), body.head(offset));
    }

    @Test
    void bodiesCutDifferentlyAreEqualOnlyWhenTheirBytesAre() {
        byte[] text = bytes("{\"title\":\"Too Many Requests\",\"detail\":\"é𝕏\"}\r\n");
        Body wide = Body.ofRange(text, 0, text.length, 64);
        Body narrow = Body.ofRange(text, 0, text.length, 5);
        assertEquals(1, wide.slices().size());
        assertTrue(narrow.slices().size() > 5);
        assertEquals(wide, narrow);
        assertEquals(wide.hashCode(), narrow.hashCode());
        byte[] changed = text.clone();
        changed[text.length - 3] = '!';
        assertNotEquals(wide, Body.ofRange(changed, 0, changed.length, 5));
        assertNotEquals(wide, Body.ofRange(text, 0, text.length - 1, 5));
    }

    @Test
    void theCutCarriesAnUnfinishedSequenceOrALastCrToTheNextSlice() {
        byte[] euro = bytes("ab€"); // a, b, E2 82 AC
        assertEquals(2, Slicer.cut(euro, 0, 4), "E2 82 at the end of a chunk starts the next slice");
        assertEquals(5, Slicer.cut(euro, 0, 5), "a finished sequence ends the slice");
        assertEquals(1, Slicer.cut(bytes("a\r\n"), 0, 2), "a CR waits for its LF");
        byte[] stray = {'a', (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80};
        assertEquals(5, Slicer.cut(stray, 0, 5), "four continuation bytes are invalid wherever cut: at the end");
    }

    @Test
    void aLongTextIsEncodedIntoSlicesNoLargerThanTheLimit() {
        // seven characters first put a surrogate pair across the encoder's first step of 65,536 characters
        String text = "prefix:" + "é𝕏 posts\r\n".repeat(Body.SLICE_BYTES / 8) + "\uD800 a lone surrogate";
        assertTrue(Character.isHighSurrogate(text.charAt((64 << 10) - 1)));
        Body body = Body.ofText(text);
        assertTrue(body.slices().size() > 1);
        body.slices().forEach(slice -> assertTrue(slice.bytes().length <= Body.SLICE_BYTES));
        assertEquals(text.replace('\uD800', '?'), body.text());
        assertEquals(Body.ofBytes(text.getBytes(StandardCharsets.UTF_8)), body);
        String latin = "ÿ\r\n".repeat(Body.SLICE_BYTES / 2);
        assertEquals(latin, Body.ofLatin1(latin).latin1());
    }
}
