package dev.xinspect.core.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/**
 * Collections as a careless tool or a hostile file writes them: fields missing or of the wrong type, unknown body
 * modes and auth types, deep nesting and huge strings. Each is read with notes or refused in one sentence, never a
 * crash.
 */
class HostilePostmanTest {
    private final PostmanReader reader = PostmanFixtures.reader();

    /** Values that are not what the schema says, put where the schema expects something else. */
    private static final List<String> WRONG = List.of("null", "true", "12", "\"text\"", "[]", "{}", "[1, \"a\", null]",
            "{\"mode\": 5}", "{\"type\": []}", "[{\"key\": {}, \"value\": []}]", "\"" + "x".repeat(200_000) + "\"");

    @Provide
    Arbitrary<String> collections() {
        Arbitrary<String> wrong = Arbitraries.of(WRONG);
        Arbitrary<String> mode = Arbitraries.of("raw", "urlencoded", "formdata", "file", "graphql", "binary", "", "\u0000");
        Arbitrary<String> auth = Arbitraries.of("oauth1", "oauth2", "bearer", "noauth", "inherit", "hawk", "digest", "");
        return net.jqwik.api.Combinators.combine(wrong, wrong, mode, auth, wrong, wrong).as((a, b, m, t, c, d) -> """
                {"info": {"name": %s, "schema": %s},
                 "auth": {"type": "%s", "%s": %s},
                 "variable": %s,
                 "item": [
                   {"name": "R", "request": {"method": %s, "url": %s, "header": %s, "body": {"mode": "%s", "raw": %s, "urlencoded": %s,
                     "formdata": %s}, "auth": %s}},
                   {"name": "F", "item": %s, "auth": %s, "variable": %s},
                   %s
                 ]}""".formatted(a, b, t, t, c, d, a, b, c, m.replace("\u0000", "\\u0000"), d, a, b, c, d, a, b, c));
    }

    @Property(tries = 300)
    void anyShapeIsReadWithNotesOrRefusedInOneSentence(@ForAll("collections") String json) {
        try {
            ImportedCollection read = reader.read(json);
            assertFalse(read.name().isBlank());
            read.notes().forEach(note -> assertFalse(note.isBlank()));
        } catch (UnreadableCollectionException e) {
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Example
    void foldersNestedPastTheLimitAreLeftOutWithANote() throws Exception {
        StringBuilder json = new StringBuilder("{\"info\": {\"name\": \"Deep\"}, \"item\": [");
        int depth = 200;
        for (int i = 0; i < depth; i++) {
            json.append("{\"name\": \"level ").append(i).append("\", \"item\": [");
        }
        json.append("{\"name\": \"bottom\", \"request\": {\"url\": \"https://a.example\"}}");
        json.append("]}".repeat(depth)).append("]}");

        ImportedCollection read = reader.read(json.toString());

        assertEquals(PostmanReader.MAX_FOLDER_DEPTH, read.root().folderCount());
        assertEquals(0, read.root().requestCount());
        assertTrue(read.notes().stream().anyMatch(n -> n.contains("nested deeper than " + PostmanReader.MAX_FOLDER_DEPTH)));
    }

    @Example
    void nestingPastTheJsonLimitIsRefusedNotOverflowed() {
        String json = "{\"info\": {}, \"item\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        UnreadableCollectionException e = org.junit.jupiter.api.Assertions.assertThrows(UnreadableCollectionException.class,
                () -> reader.read(json));
        assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
    }

    @Example
    void tooManyItemsAreCutWithANote() throws Exception {
        String item = "{\"name\": \"r\", \"request\": {\"url\": \"https://a.example\"}},";
        String json = "{\"info\": {\"name\": \"Many\"}, \"item\": [" + item.repeat(PostmanReader.MAX_ITEMS + 10) + "{}]}";

        ImportedCollection read = reader.read(json);

        assertEquals(PostmanReader.MAX_ITEMS, read.root().requestCount());
        assertTrue(read.notes().stream().anyMatch(n -> n.startsWith("Only the first " + PostmanReader.MAX_ITEMS)));
    }
}
