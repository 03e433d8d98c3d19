package dev.xinspect.core.diagnosis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out what a body is (JSON, NDJSON, HTML, plain text, binary, …) and, for JSON, reads the top-level
 * members error diagnosis needs with a streaming parser. It never throws: any body, however broken, yields a
 * {@link BodyShape} with a note a user can read.
 */
public final class BodyReader {
    /** Result members that can be huge and say nothing about errors; skipped, not parsed. */
    private static final Set<String> BULKY_MEMBERS = Set.of("data", "includes", "matching_rules");
    private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>([^<]{0,200})</title>", Pattern.CASE_INSENSITIVE);
    private static final int PEEK = 512;

    private final ObjectMapper mapper;

    public BodyReader() {
        this.mapper = JsonLimits.mapper();
    }

    public BodyShape read(Body body, String mediaType) {
        if (body.isEmpty()) {
            return new BodyShape(BodyShape.Kind.EMPTY, null, false, "The body is empty.");
        }
        if (looksGzipped(body.head(2))) {
            return binary(body, "The body is gzip-compressed data that was not decoded (the Content-Encoding header did not say "
                    + "gzip, or it decodes to more than 256 MB).");
        }
        if (!body.isText()) {
            return binary(body, "The body is binary or not valid UTF-8 (" + body.size() + " bytes), so it was not read as text.");
        }
        String start = firstCharacters(body);
        char first = start.isEmpty() ? ' ' : start.charAt(0);
        if (first == '{' || first == '[') {
            return readJson(body, first, mediaType);
        }
        if (first == '<') {
            return markup(body, start, mediaType);
        }
        return new BodyShape(BodyShape.Kind.TEXT, null, false,
                "The body is plain text, not JSON" + labelledAs(mediaType) + ": \"" + firstLine(start) + "\"");
    }

    /**
     * Parses the body where it lies, one slice in place or several through a stream: a copy of a 100 MB body
     * stalled the window (README "Benchmarks").
     */
    private BodyShape readJson(Body body, char first, String mediaType) {
        try (JsonParser parser = parserOver(body)) {
            if (first == '[') {
                parser.nextToken();
                parser.skipChildren();
                return new BodyShape(BodyShape.Kind.JSON_ARRAY, null, false, "");
            }
            TopLevel top = readTopLevelObject(parser);
            int values = 1;
            while (parser.nextToken() != null) {
                parser.skipChildren();
                values++;
            }
            if (values > 1) {
                return new BodyShape(BodyShape.Kind.NDJSON, top.json, top.hasData,
                        "The body holds " + values + " JSON values, one per line (NDJSON)" + labelledAs(mediaType)
                                + "; the first one was diagnosed.");
            }
            return new BodyShape(BodyShape.Kind.JSON, top.json, top.hasData, "");
        } catch (JsonProcessingException e) {
            Optional<String> limit = JsonLimits.limitReached(e);
            if (limit.isPresent()) {
                return new BodyShape(BodyShape.Kind.TEXT, null, false,
                        "The body " + limit.get() + "; it is shown as text and was not diagnosed as JSON.");
            }
            return new BodyShape(BodyShape.Kind.MALFORMED_JSON, null, false,
                    "The body looks like JSON but does not parse (" + e.getOriginalMessage()
                            + locationOf(e) + "). It may be truncated.");
        } catch (IOException e) {
            return new BodyShape(BodyShape.Kind.MALFORMED_JSON, null, false, "The body could not be read as JSON.");
        }
    }

    private JsonParser parserOver(Body body) throws IOException {
        if (body.slices().size() == 1) {
            Body.Slice only = body.slices().get(0);
            return mapper.getFactory().createParser(only.bytes(), only.from(), only.size());
        }
        return mapper.getFactory().createParser(body.stream());
    }

    private TopLevel readTopLevelObject(JsonParser parser) throws IOException {
        ObjectNode json = mapper.createObjectNode();
        boolean hasData = false;
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (BULKY_MEMBERS.contains(name)) {
                hasData |= name.equals("data");
                parser.skipChildren();
            } else {
                JsonNode value = mapper.readTree(parser);
                json.set(name, value);
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected end of the object");
        }
        return new TopLevel(json, hasData);
    }

    private static BodyShape markup(Body body, String start, String mediaType) {
        String lower = start.toLowerCase(Locale.ROOT);
        if (lower.contains("<html") || lower.contains("<!doctype html")) {
            Matcher title = HTML_TITLE.matcher(body.size() > 65_536 ? start : body.text());
            String titled = title.find() ? " titled \"" + title.group(1).trim() + "\"" : "";
            return new BodyShape(BodyShape.Kind.HTML, null, false,
                    "The body is an HTML page" + titled + ", not JSON" + labelledAs(mediaType)
                            + ". A proxy, a load balancer or an outage page answered instead of the API.");
        }
        return new BodyShape(BodyShape.Kind.XML, null, false, "The body is XML, not JSON" + labelledAs(mediaType) + ".");
    }

    private static BodyShape binary(Body body, String note) {
        return new BodyShape(BodyShape.Kind.BINARY, null, false, note);
    }

    private static boolean looksGzipped(byte[] start) {
        return start.length == 2 && (start[0] & 0xFF) == 0x1F && (start[1] & 0xFF) == 0x8B;
    }

    /** The first characters after leading white space, enough to recognise the kind of body. */
    private static String firstCharacters(Body body) {
        String text = body.size() > PEEK * 4 ? new String(body.head(PEEK * 4), StandardCharsets.UTF_8) : body.text();
        if (body.hasUtf8Bom() && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String stripped = text.stripLeading();
        return stripped.length() > PEEK ? stripped.substring(0, PEEK) : stripped;
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    private static String labelledAs(String mediaType) {
        return mediaType.isEmpty() ? "" : " (labelled " + mediaType + ")";
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private record TopLevel(ObjectNode json, boolean hasData) {
    }
}
