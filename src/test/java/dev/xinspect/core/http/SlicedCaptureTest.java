package dev.xinspect.core.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A capture file held in slices: headers read from the first slice, the body the rest of the slices, not copied. */
class SlicedCaptureTest {
    private static final int SLICE = 128;
    private final ExchangeReader reader = new ExchangeReader();

    @TempDir
    Path folder;

    private static List<Object> parts(ReceivedResponse response) {
        return List.of(response.status(), response.reason(), response.httpVersion(), response.headers(), response.body());
    }

    @Test
    void aCaptureOverSeveralSlicesReadsAsTheTextDoes() throws Exception {
        String body = "{\"title\":\"Too Many Requests\",\"detail\":\"é𝕏 ✓\"}\r\n".repeat(9);
        String[] captures = {
                "HTTP/2 429\r\ncontent-type: application/json\r\n\r\n" + body,
                "HTTP/1.1 100 Continue\n\nHTTP/1.1 429 Too Many Requests\nx-rate-limit-remaining: 0\n\n" + body,
                "\uFEFF\n  HTTP/1.1 204 No Content\r\ndate: Tue\r\n",
                "HTTP/1.1 200 OK\n\n" + body + "\n\nHTTP/1.1 200 OK\n\nnot a block: the body goes on"};
        for (String capture : captures) {
            byte[] bytes = capture.getBytes(StandardCharsets.UTF_8);
            ReceivedResponse whole = reader.read(capture).get(0).response();
            ReceivedResponse sliced = reader.read(Body.sharing(bytes, 0, bytes.length, SLICE)).get(0).response();
            assertEquals(parts(whole), parts(sliced), capture);
        }
    }

    @Test
    void theBodyIsTheRestOfTheFirstSliceAndTheOtherSlicesUncopied() throws UnreadableInputException {
        String body = "[\"é𝕏\",\r\n\"posts\"]".repeat(20);
        byte[] bytes = ("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
        Body file = Body.sharing(bytes, 0, bytes.length, SLICE);

        Body read = reader.read(file).get(0).response().body();

        assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), read.bytes());
        assertEquals(file.slices().size(), read.slices().size(), "the first slice's rest, then every other slice");
        read.slices().forEach(slice -> assertSame(bytes, slice.bytes(), "a slice of the file itself"));
        assertTrue(read.isText());
    }

    @Test
    void headersThatDoNotEndInTheFirstSliceAreRefusedInOneSentence() {
        byte[] bytes = ("HTTP/1.1 200 OK\r\n" + "x-long: " + "a".repeat(SLICE * 2) + "\r\n\r\n{}").getBytes(StandardCharsets.UTF_8);

        UnreadableInputException refused = assertThrows(UnreadableInputException.class,
                () -> reader.read(Body.sharing(bytes, 0, bytes.length, SLICE)));

        assertEquals("The header blocks do not end within the first 4 MB of the file: no blank line after them, or headers "
                + "too long to read.", refused.getMessage());
    }

    @Test
    void aFileReadInSlicesReadsAsItsBytesDo() throws IOException, UnreadableInputException {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/samples/usage-capped-429.http"));
        Path copy = Files.write(folder.resolve("capture.http"), bytes);

        Body file = BodyFile.read(copy, 300);

        assertTrue(file.slices().size() > 1);
        assertEquals(parts(reader.read(bytes).get(0).response()), parts(reader.read(file).get(0).response()));
    }
}
