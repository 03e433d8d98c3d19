package dev.xinspect.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Re-indents JSON with two spaces, token by token (Jackson streaming), so a 10 MB minified line is formatted in one
 * pass without building a tree. Key order, numbers and string escapes are kept as they came. Several values in a
 * row (NDJSON) are printed one after the other. Text that is not JSON comes back unchanged, flagged as such.
 */
public final class JsonPrettyPrinter {
    private final JsonFactory factory = JsonLimits.factory();

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
            generator.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withRootSeparator("\n")));
            copyValues(parser, generator);
        } catch (JsonProcessingException e) {
            return new Result(text, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(out.toString(), true);
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
