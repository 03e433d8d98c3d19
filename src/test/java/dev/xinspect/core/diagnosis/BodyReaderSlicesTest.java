package dev.xinspect.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.SlicedBodies;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A body held in many slices is read as the same body in one. */
class BodyReaderSlicesTest {
    private final BodyReader reader = new BodyReader();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyKindOfBodyReadsTheSameInSlicesOfSevenBytes() {
        List<byte[]> bodies = List.of(
                utf8("{\"title\":\"Too Many Requests\",\"detail\":\"é𝕏\",\"data\":[1,2],\"errors\":[{\"message\":\"x\"}]}"),
                utf8("\uFEFF{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401}"),
                utf8("{\"data\":{\"id\":\"1\"}}\r\n{\"data\":{\"id\":\"2\"}}\r\n"),
                utf8("{\"title\":\"Unauthorized\",\"detail\":\"cut"),
                utf8("[{\"id\":\"1\"},{\"id\":\"2\"}]"),
                utf8("  <!DOCTYPE html><html><head><title>Over capacity</title></head><body>é</body></html>"),
                utf8("<?xml version=\"1.0\"?><error/>"),
                utf8("Rate limit exceeded\r\n"),
                new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, (byte) 0xFF},
                new byte[] {'{', (byte) 0xC3, '}'},
                utf8("{\"title\":\"" + "é".repeat(2_000) + "\"}"));
        for (byte[] bytes : bodies) {
            Body sliced = SlicedBodies.of(bytes, 7);
            assertTrue(bytes.length < 8 || sliced.slices().size() > 1);
            assertEquals(reader.read(Body.ofBytes(bytes), "application/json"), reader.read(sliced, "application/json"),
                    new String(bytes, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aBodyLargerThanASliceIsDiagnosedThroughItsSlices() {
        String errors = "{\"errors\":[{\"title\":\"Not Found Error\",\"detail\":\"é𝕏\"}],\"data\":[";
        StringBuilder json = new StringBuilder(errors);
        while (json.length() < Body.SLICE_BYTES * 2) {
            json.append("{\"id\":\"1460323737035677698\",\"text\":\"é𝕏 posts\"},");
        }
        json.append("{}]}");
        Body body = Body.ofText(json.toString());
        assertTrue(body.slices().size() > 2);

        BodyShape shape = reader.read(body, "application/json");

        assertEquals(BodyShape.Kind.JSON, shape.kind());
        assertTrue(shape.hasData());
        assertEquals("Not Found Error", shape.json().path("errors").path(0).path("title").asText());
        BodyShape cut = reader.read(Body.ofText(json.substring(0, json.length() - 2)), "application/json");
        assertEquals(BodyShape.Kind.MALFORMED_JSON, cut.kind());
    }
}
