package dev.xinspect.core.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.MultipartBody;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The sandbox reads back exactly what an APPEND sent, whatever bytes the segment holds, and never fails on garbage. */
class MultipartFieldsTest {

    @Provide
    Arbitrary<byte[]> hostileSegments() {
        // bytes that look like framing: CRLFs, dashes, a boundary-like run, NULs, and random binary
        Arbitrary<byte[]> framing = Arbitraries.of("\r\n", "--", "\r\n--", "------------------------", "\r\n\r\n", "\0", "name=\"media\"")
                .list().ofMaxSize(20).map(parts -> String.join("", parts).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return Arbitraries.oneOf(framing, Arbitraries.bytes().array(byte[].class).ofMaxSize(4096));
    }

    @Property(tries = 300)
    void aSegmentComesBackByteForByte(@ForAll("hostileSegments") byte[] segment, @ForAll long seed) {
        String boundary = MultipartBody.freshBoundary(new Random(seed));
        byte[] body = MultipartBody.encode(List.of(FormPart.text("segment_index", "7")), "media", "segment-7",
                "application/octet-stream", segment, boundary).bytes();

        Map<String, byte[]> fields = MultipartFields.read(MultipartBody.contentType(boundary), body);

        assertArrayEquals(segment, fields.get("media"));
        assertEquals("7", new String(fields.get("segment_index"), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void anyBodyIsReadWithoutFailing(@ForAll @Size(max = 2048) byte[] body, @ForAll("contentTypes") String contentType) {
        MultipartFields.read(contentType, body);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("multipart/form-data; boundary=x", "multipart/form-data; boundary=\"\r\n\"", "multipart/form-data",
                "application/json", "", "multipart/form-data; boundary=--");
    }
}
