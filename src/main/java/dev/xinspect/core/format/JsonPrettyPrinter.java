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
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Re-indents JSON with two spaces, token by token (Jackson streaming), so a 10 MB minified line is formatted in one
 * pass without building a tree. Key order, numbers and string escapes are kept as they came. Several values in a
 * row (NDJSON) are printed one after the other. Text that is not JSON comes back unchanged, flagged as such.
 */
public final class JsonPrettyPrinter {
    /** About a hundred lines: more than a screen shows. */
    public static final int FIRST_SCREEN_BYTES = 16 * 1024;

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
     * Formats UTF-8 {@code bytes[from, to)} to UTF-8 bytes, never decoding the body into a String: a 10 MB body is
     * held as its bytes and the formatted bytes (with a line index), not as two more texts of UTF-16. Text that is
     * not JSON comes back as lines over the same bytes (a byte order mark left out), which the caller hands over.
     */
    public Lines formatUtf8(byte[] bytes, int from, int to) {
        return formatUtf8(bytes, from, to, first -> { });
    }

    /**
     * As {@link #formatUtf8(byte[], int, int)}, handing {@code firstScreen} the first lines formatted as soon as
     * there are {@link #FIRST_SCREEN_BYTES} of them (a copy; only for JSON at least four times as large): a window
     * paints a 10 MB body's first screen before the rest is formatted.
     */
    public Lines formatUtf8(byte[] bytes, int from, int to, Consumer<BodyLines> firstScreen) {
        int start = from + (to - from >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB
                && (bytes[from + 2] & 0xFF) == 0xBF ? 3 : 0);
        int first = start;
        while (first < to && (bytes[first] == ' ' || bytes[first] == '\t' || bytes[first] == '\r' || bytes[first] == '\n')) {
            first++;
        }
        if (first == to || bytes[first] != '{' && bytes[first] != '[') {
            return new Lines(BodyLines.ofUtf8(bytes, start, to), false);
        }
        GrowingBytes out = new GrowingBytes(to - from + (to - from) / 2, to - from >= 4 * FIRST_SCREEN_BYTES ? firstScreen : null);
        try (JsonParser parser = factory.createParser(bytes, first, to - first);
             JsonGenerator generator = factory.createGenerator(out)) {
            copyValues(parser, indented(generator));
        } catch (JsonProcessingException e) {
            return new Lines(BodyLines.ofUtf8(bytes, start, to), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lines(BodyLines.ofUtf8(out.bytes, 0, out.size), true);
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
     * A byte buffer that grows in steps of a megabyte at most: one copy of a 100 MB array is one call no safepoint
     * interrupts (see {@code Body}), and its array is handed on as it is, never trimmed by another copy.
     */
    private static final class GrowingBytes extends OutputStream {
        private static final int STEP = 1 << 20;
        private byte[] bytes;
        private int size;
        private Consumer<BodyLines> firstScreen;

        GrowingBytes(int capacity, Consumer<BodyLines> firstScreen) {
            bytes = new byte[Math.max(64, capacity)];
            this.firstScreen = firstScreen;
        }

        /** The whole lines written so far, once there are enough of them for a screen. */
        private void offerFirstScreen() {
            if (firstScreen == null || size < FIRST_SCREEN_BYTES) {
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

        private void ensure(int more) {
            if (size + more <= bytes.length) {
                return;
            }
            byte[] grown = new byte[Math.max(size + more, bytes.length + bytes.length / 2)];
            for (int at = 0; at < size; at += STEP) {
                System.arraycopy(bytes, at, grown, at, Math.min(STEP, size - at));
            }
            bytes = grown;
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
