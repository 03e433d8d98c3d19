package dev.xinspect.core.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    @TempDir
    Path folder;

    @Test
    void progressSurvivesARestart() throws Exception {
        Path file = folder.resolve("workshop-progress.json");
        new ProgressStore(file).save("streams", WorkshopProgress.START.passing(0).passing(1).at(2));
        new ProgressStore(file).save("forum-post", WorkshopProgress.START.at(1));
        ProgressStore reopened = new ProgressStore(file);
        assertEquals(new WorkshopProgress(2, Set.of(0, 1)), reopened.of("streams"));
        assertEquals(new WorkshopProgress(1, Set.of()), reopened.of("forum-post"));
        assertEquals(WorkshopProgress.START, reopened.of("first-request"));
    }

    @Test
    void aCorruptFileIsSetAsideAndProgressStartsOver() throws Exception {
        Path file = folder.resolve("workshop-progress.json");
        Files.writeString(file, "{\"workshops\": {\"streams\": ");
        assertEquals(WorkshopProgress.START, new ProgressStore(file).of("streams"));
        try (var left = Files.list(folder)) {
            assertTrue(left.anyMatch(p -> p.getFileName().toString().startsWith("workshop-progress.json.corrupt")));
        }
    }
}
