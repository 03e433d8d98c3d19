package dev.xinspect.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** I/O failures in words: never a Java class name, never the rest of a message that could quote content. */
class FileFailureTest {
    @Test
    void aMissingFileSaysSo(@TempDir Path dir) {
        IOException failure = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> Files.readAllBytes(dir.resolve("gone.json")));
        assertEquals("it does not exist", FileFailure.reason(failure));
    }

    @Test
    void aFolderWhereAFileShouldBeIsNamedByTheSystemsReason(@TempDir Path dir) throws IOException {
        assertEquals("Read-only file system", FileFailure.reason(new FileSystemException("/a", null, "Read-only file system")));
        assertEquals("it does not exist", FileFailure.reason(new NoSuchFileException("/a")));
    }

    @Test
    void otherFailuresGiveAPlainClauseAndLeaveTheirMessageOut() {
        assertEquals("an input/output error", FileFailure.reason(new IOException("secret-looking content: AAAA%2Fbearer")));
        assertEquals("it is not UTF-8 text", FileFailure.reason(new MalformedInputException(1)));
    }
}
