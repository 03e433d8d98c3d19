package dev.xinspect.core.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkshopJsonTest {
    private final WorkshopJson json = new WorkshopJson();

    @Test
    void everyBuiltInWritesAndReadsBackEqual() throws Exception {
        for (Workshop workshop : new WorkshopLibrary(Optional.empty()).builtIns()) {
            byte[] written = json.write(workshop);
            assertEquals(workshop, json.read(written, workshop.name(), "test"));
            assertEquals(new String(written, StandardCharsets.UTF_8), new String(json.write(json.read(written, workshop.name(), "t")),
                    StandardCharsets.UTF_8), "stable bytes for " + workshop.name());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"title\": |w.json is not valid JSON (line 1).",
        "[1, 2]|w.json is not a workshop: it should hold one JSON object with a title and steps.",
        "{\"steps\": []}|w.json has no title.",
        "{\"title\": \"T\", \"steps\": []}|w.json has no steps: \"steps\" should be a list with at least one step.",
        "{\"title\": \"T\", \"steps\": [{\"title\": \"S\"}]}|w.json, step 1, has no request: give \"request\" a method and url, or \"saved\".",
        "{\"title\": \"T\", \"steps\": [{\"title\": \"S\", \"request\": {\"method\": \"GET\"}}]}|w.json, step 1, has a request without a url or a saved request.",
        "{\"title\": \"T\", \"steps\": [{\"title\": \"S\", \"request\": {\"url\": \"u\", \"auth\": \"bearer\"}}]}|w.json, step 1, names the auth \"bearer\"; use one of none, app-only, oauth1-user, oauth2-user.",
        "{\"title\": \"T\", \"steps\": [{\"title\": \"S\", \"request\": {\"url\": \"u\"}, \"expect\": [{\"jsonPath\": \"data.id\", \"equals\": 1}]}]}|w.json, step 1, has an expectation whose JSON path is unusable: A JSON path starts with $, as in $.data.id.",
        "{\"title\": \"T\", \"steps\": [{\"title\": \"S\", \"request\": {\"url\": \"u\"}, \"expect\": [{\"colour\": \"red\"}]}]}|w.json, step 1, has an expectation of no known kind: {\"colour\":\"red\"} (use status, problemType, jsonPath with equals, header, authMode, finding or checklist).",
    })
    void aBadFileIsOneSentenceNamingTheFileAndStep(String file, String message) {
        UnreadableWorkshopException e = assertThrows(UnreadableWorkshopException.class,
                () -> json.read(file.getBytes(StandardCharsets.UTF_8), "w", "w.json"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void jsonPathsBecomePointers() {
        assertEquals("/errors/0/title", JsonBody.pointer("$.errors[0].title").toString());
        assertEquals("/data/0/a~1b", JsonBody.pointer("$.data[0].a/b").toString());
        assertThrows(IllegalArgumentException.class, () -> JsonBody.pointer("$..x"));
    }

    /** Hostile variants of a real workshop: cut anywhere, a character changed; reading never fails any other way. */
    @Property(tries = 300)
    void anyDamagedFileReadsOrIsRefusedInOneSentence(@ForAll("damaged") String text) {
        try {
            json.read(text.getBytes(StandardCharsets.UTF_8), "w", "w.json");
        } catch (UnreadableWorkshopException e) {
            assertTrue(e.getMessage().startsWith("w.json") && e.getMessage().endsWith("."), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Provide
    Arbitrary<String> damaged() {
        String original = new String(json.write(new WorkshopLibrary(Optional.empty()).builtIns().get(0)), StandardCharsets.UTF_8);
        Arbitrary<String> cut = Arbitraries.integers().between(0, original.length()).map(n -> original.substring(0, n));
        Arbitrary<String> changed = Arbitraries.integers().between(0, original.length() - 1)
                .flatMap(at -> Arbitraries.of('"', '{', '}', '[', ']', ',', ':', '1', 'x', '\\', '\u0000')
                        .map(c -> original.substring(0, at) + c + original.substring(at + 1)));
        return Arbitraries.oneOf(cut, changed);
    }
}
