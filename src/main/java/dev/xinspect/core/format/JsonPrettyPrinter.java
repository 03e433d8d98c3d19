package dev.xinspect.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Re-indents JSON with two spaces, token by token (Jackson streaming), so a 10 MB minified line is formatted in one
 * pass without building a tree. Key order, numbers and string escapes are kept as they came. Several values in a
 * row (NDJSON) are printed one after the other. Text that is not JSON comes back unchanged, flagged as such.
 */
public final class JsonPrettyPrinter {
    /** About a hundred lines: more than a screen shows. */
    public static final int FIRST_SCREEN_BYTES = 16 * 1024;
    /** The most formatted bytes held in one array, as a body's slices ({@link Body#SLICE_BYTES}). */
    static final int PIECE_BYTES = Body.SLICE_BYTES;

    /** Writing UTF-8, a character past U+FFFF (an emoji) stays itself, not two {@code \\u} escapes of its halves. */
    private final JsonFactory factory = JsonLimits.factory().rebuild()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    /** The outcome: the text to show, and whether it is formatted JSON (worth highlighting). */
    public record Result(String text, boolean json) {
    }

    public Result format(String text) {
        String trimmed = text.stripLeading();
        if (trimmed.isEmpty() || (trimmed.charAt(0) != '{' && trimmed.charAt(0) != '[')) {
            return new Result(text, false);
        }
        StringWriter out = new StringWriter(text.length() + text.length() / 2);
        try (JsonParser parser = factory.createParser(trimmed);
             JsonGenerator generator = factory.createGenerator(out)) {
            copyValues(parser, indented(generator));
        } catch (JsonProcessingException e) {
            return new Result(text, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(out.toString(), true);
    }

    /** The outcome over bytes: the lines to show, and whether they are formatted JSON. */
    public record Lines(BodyLines lines, boolean json) {
    }

    /**
     * Formats a body's UTF-8 to UTF-8, never decoding it into a String: a 10 MB body is held as its bytes and the
     * formatted bytes (with a line index), not as two more texts of UTF-16. The formatted bytes are held in pieces of
     * at most {@link #PIECE_BYTES} that end at a line break, so formatting 100 MB never asks for one large array
     * (see {@link Body.Slice}). Text that is not JSON comes back as lines over the body's own bytes (a byte order
     * mark left out).
     */
    public Lines formatUtf8(Body body) {
        return formatUtf8(body, first -> { });
    }

    /**
     * As {@link #formatUtf8(Body)}, handing {@code firstScreen} the first lines formatted as soon as there are
     * {@link #FIRST_SCREEN_BYTES} of them (a copy; only for JSON at least four times as large): a window paints a
     * 10 MB body's first screen before the rest is formatted.
     */
    public Lines formatUtf8(Body body, Consumer<BodyLines> firstScreen) {
        return formatUtf8(body, firstScreen, PIECE_BYTES);
    }

    Lines formatUtf8(Body body, Consumer<BodyLines> firstScreen, int pieceBytes) {
        if (!startsLikeJson(body)) {
            return new Lines(BodyLines.of(body), false);
        }
        int size = body.size();
        PiecedOutput out = new PiecedOutput(pieceBytes, size + size / 2, size >= 4 * FIRST_SCREEN_BYTES ? firstScreen : null);
        try (JsonParser parser = parser(body);
             JsonGenerator generator = factory.createGenerator(out)) {
            copyValues(parser, indented(generator));
        } catch (JsonProcessingException e) {
            return new Lines(BodyLines.of(body), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lines(BodyLines.wrapped(out.pieces(), Integer.MAX_VALUE), true);
    }

    /** A body of one piece is parsed where it lies; a larger one through a stream over its pieces. */
    private JsonParser parser(Body body) throws IOException {
        List<Body.Slice> slices = body.slices();
        if (slices.size() == 1) {
            Body.Slice only = slices.getFirst();
            return factory.createParser(only.bytes(), only.from(), only.size());
        }
        return factory.createParser(body.stream());
    }

    /** Whether the first character after a byte order mark and white space opens an object or an array. */
    private static boolean startsLikeJson(Body body) {
        boolean first = true;
        for (Body.Slice slice : body.slices()) {
            int at = slice.from() + (first && body.hasUtf8Bom() ? 3 : 0);
            first = false;
            for (; at < slice.to(); at++) {
                byte b = slice.bytes()[at];
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return b == '{' || b == '[';
                }
            }
        }
        return false;
    }

    private static JsonGenerator indented(JsonGenerator generator) {
        return generator.setPrettyPrinter(new DefaultPrettyPrinter()
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withRootSeparator("\n")));
    }

    /**
     * The formatted bytes, in pieces of at most a given size that each end with a line break: when a write does not
     * fit, the line being written moves on to a new piece. Only a line longer than a piece (a 10 MB string) makes
     * its piece grow past that size.
     */
    private static final class PiecedOutput extends OutputStream {
        private final int pieceBytes;
        private final List<Body.Slice> done = new ArrayList<>();
        /** What is still to come, as far as the caller could tell: a small body gets a small array. */
        private long expected;
        private byte[] bytes;
        private int size;
        private Consumer<BodyLines> firstScreen;

        PiecedOutput(int pieceBytes, long expected, Consumer<BodyLines> firstScreen) {
            this.pieceBytes = pieceBytes;
            this.expected = expected;
            this.bytes = new byte[nextCapacity(0)];
            this.firstScreen = firstScreen;
        }

        private int nextCapacity(int atLeast) {
            return (int) Math.max(atLeast, Math.min(pieceBytes, Math.max(64, expected)));
        }

        /** The whole lines written so far, once there are enough of them for a screen. */
        private void offerFirstScreen() {
            if (firstScreen == null || size < FIRST_SCREEN_BYTES || !done.isEmpty()) {
                return;
            }
            int end = size;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            if (end > 0) { // else one long line so far: wait for its end
                firstScreen.accept(BodyLines.ofUtf8(Arrays.copyOf(bytes, end - 1), 0, end - 1));
                firstScreen = null;
            }
        }

        @Override
        public void write(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] from, int offset, int length) {
            ensure(length);
            System.arraycopy(from, offset, bytes, size, length);
            size += length;
            offerFirstScreen();
        }

        /** Room for {@code more} bytes: a new piece from the last line break, or (one long line) a larger array. */
        private void ensure(int more) {
            if (size + more <= bytes.length) {
                return;
            }
            int lineStart = size;
            while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
                lineStart--;
            }
            int line = size - lineStart;
            byte[] next;
            if (lineStart > 0) {
                done.add(new Body.Slice(bytes, 0, lineStart));
                expected -= lineStart;
                next = new byte[nextCapacity(line + more)];
            } else {
                next = new byte[Math.max(line + more, bytes.length + bytes.length / 2)];
            }
            System.arraycopy(bytes, lineStart, next, 0, line);
            bytes = next;
            size = line;
        }

        List<Body.Slice> pieces() {
            List<Body.Slice> all = new ArrayList<>(done);
            if (size > 0 || all.isEmpty()) {
                all.add(new Body.Slice(bytes, 0, size));
            }
            return all;
        }
    }

    /** Copies token by token; numbers are written from their source text so 1.50 stays 1.50. */
    private static void copyValues(JsonParser parser, JsonGenerator generator) throws IOException {
        boolean any = false;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            any = true;
            switch (token) {
                case START_OBJECT -> generator.writeStartObject();
                case END_OBJECT -> generator.writeEndObject();
                case START_ARRAY -> generator.writeStartArray();
                case END_ARRAY -> generator.writeEndArray();
                case FIELD_NAME -> generator.writeFieldName(parser.getText());
                case VALUE_STRING -> generator.writeString(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getText());
                case VALUE_TRUE -> generator.writeBoolean(true);
                case VALUE_FALSE -> generator.writeBoolean(false);
                case VALUE_NULL -> generator.writeNull();
                default -> generator.writeRawValue(parser.getText());
            }
        }
        if (!any) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser, "no JSON value");
        }
    }
}
