package dev.xinspect.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafeFileNameTest {

    @Test
    void unsafeCharactersAndEdgesAreEncodedAndDecodeBack() {
        assertEquals("Recent search", SafeFileName.encode("Recent search"));
        assertEquals("a%2Fb%5Cc%3Ad%2Ae%3Ff%22g%3Ch%3Ei%7Cj%25k", SafeFileName.encode("a/b\\c:d*e?f\"g<h>i|j%k"));
        assertEquals("%2E%2E", SafeFileName.encode(".."));
        assertEquals("%2Etrash", SafeFileName.encode(".trash"));
        assertEquals("%20name%20", SafeFileName.encode(" name "));
        assertEquals("end%2E", SafeFileName.encode("end."));
        assertEquals("tab%09and%0Anewline", SafeFileName.encode("tab\tand\nnewline"));
        assertEquals("Posts 🚀 café", SafeFileName.encode("Posts 🚀 cafe\u0301"), "NFC, emoji kept");
        for (String name : List.of("a/b\\c:d*e?f\"g<h>i|j%k", "..", ".trash", " name ", "end.", "tab\tand\nnewline", "100%", "x%41")) {
            assertEquals(name, SafeFileName.decode(SafeFileName.encode(name)));
        }
    }

    @Test
    void windowsDeviceNamesAreNotLeftAsThey() {
        assertEquals("%43ON", SafeFileName.encode("CON"));
        assertEquals("%6Eul.txt", SafeFileName.encode("nul.txt"));
        assertEquals("%43OM1", SafeFileName.encode("COM1"));
        assertEquals("CONSOLE", SafeFileName.encode("CONSOLE"));
        assertEquals("nul.txt", SafeFileName.decode("%6Eul.txt"));
    }

    @Test
    void longNamesAreCutWithAStableHashAndNeverSplitAnEscape() {
        String longName = "x".repeat(108) + "/////";
        String encoded = SafeFileName.encode(longName);

        assertTrue(encoded.length() <= SafeFileName.MAX_LENGTH, encoded);
        assertEquals(encoded, SafeFileName.encode(longName));
        assertFalse(encoded.matches(".*%.?~.*"), encoded);
        assertTrue(encoded.startsWith("x".repeat(108) + "~"), encoded);
        assertTrue(!SafeFileName.encode("y".repeat(200)).equals(SafeFileName.encode("y".repeat(201))));
    }

    @Test
    void aBlankNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SafeFileName.encode("  "));
    }
}
