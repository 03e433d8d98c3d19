package dev.xinspect.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheFileAndLeavesNoTempFile() throws Exception {
        Path file = dir.resolve("a.json");
        AtomicFile.write(file, "old");
        AtomicFile.write(file, "new");

        assertEquals("new", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("a.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void ownerOnlyFilesAndFoldersAreCreatedPrivate() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("private").resolve("secrets.json");

        AtomicFile.write(file, "{}".getBytes(), true);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }

    @Test
    void setAsideCountsUpAndKeepsTheContent() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "first");
        assertEquals(dir.resolve("settings.json.corrupt-1"), AtomicFile.setAside(file));
        Files.writeString(file, "second");
        assertEquals(dir.resolve("settings.json.corrupt-2"), AtomicFile.setAside(file));

        assertEquals("first", Files.readString(dir.resolve("settings.json.corrupt-1")));
        assertTrue(AtomicFile.isSetAside(dir.resolve("settings.json.corrupt-2")));
        assertFalse(Files.exists(file));
    }

    @Test
    void recognisesItsOwnLeftoverTempFiles() {
        assertTrue(AtomicFile.isLeftoverTemp(Path.of(".a.json.123.tmp")));
        assertFalse(AtomicFile.isLeftoverTemp(Path.of("a.tmp")));
        assertFalse(AtomicFile.isLeftoverTemp(Path.of(".tmp")));
    }
}
