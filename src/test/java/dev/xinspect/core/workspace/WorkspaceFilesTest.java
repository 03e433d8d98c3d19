package dev.xinspect.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.storage.SafeFileName;
import dev.xinspect.core.storage.StorageException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkspaceFilesTest {
    @Test
    void aFileStandsForItsDecodedNameWithoutTheJsonEnding() throws Exception {
        String name = "Post: a/b?";
        Path file = Path.of("collections", "Tweets", WorkspaceFiles.safeName(name) + ".json");

        assertTrue(WorkspaceFiles.isJsonFile(file));
        assertEquals(name, WorkspaceFiles.stem(file));
        assertEquals(SafeFileName.encode(name), WorkspaceFiles.safeName(name));
    }

    @Test
    void onlyJsonFilesAreRequestsOrEnvironments() {
        assertFalse(WorkspaceFiles.isJsonFile(Path.of("collections", "Tweets", "notes.txt")));
    }

    @Test
    void aBlankNameIsRefusedWithOneSentence() {
        StorageException refused = assertThrows(StorageException.class, () -> WorkspaceFiles.safeName("   "));

        assertEquals(StorageException.Reason.REFUSED, refused.reason());
        assertEquals("Give it a name first.", refused.getMessage());
    }
}
