package dev.xinspect.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two operating-system processes on one workspace folder, and a process killed in the middle of its saves: the folder's
 * OS lock and atomic writes must leave every file whole (the old version or the new, never empty or half).
 */
class WorkspaceProcessTest {
    @TempDir
    Path dir;

    private Process hammerProcess(String who, int count, int bodyBytes) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), WorkspaceHammer.class.getName(),
                dir.toString(), who, Integer.toString(count), Integer.toString(bodyBytes))
                .redirectErrorStream(true).start();
    }

    private void createCommon() throws Exception {
        try (WorkspaceStore setup = WorkspaceHammer.store(dir)) {
            setup.saveNew(WorkspaceHammer.COLLECTION, WorkspaceHammer.request("common", 0, 10));
        }
    }

    @Test
    void twoProcessesSavingToOneFolderNeverCorruptAFile() throws Exception {
        createCommon();
        Process child = hammerProcess("child", 60, 20_000);
        CompletableFuture<String> childOutput = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        try (WorkspaceStore store = WorkspaceHammer.store(dir)) {
            WorkspaceHammer.hammer(store, "parent", 60, 20_000, line -> { });
        }
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the other process finished");
        String output = childOutput.get(10, TimeUnit.SECONDS);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("saved 60"), output);

        try (WorkspaceStore store = WorkspaceHammer.store(dir)) {
            WorkspaceContents contents = store.load();
            assertEquals(List.of(), contents.problems());
            List<CollectionFolder.RequestEntry> requests = contents.collections().get(0).requests();
            assertEquals(List.of("child", "common", "parent"), requests.stream().map(CollectionFolder.RequestEntry::name).toList());
            assertEquals(WorkspaceHammer.request("child", 60, 20_000), requests.get(0).request());
            assertEquals(WorkspaceHammer.request("parent", 60, 20_000), requests.get(2).request());
        }
    }

    @Test
    void aProcessKilledInTheMiddleOfSavingLeavesTheOldOrTheNewFile() throws Exception {
        createCommon();
        boolean killedMidWrite = false;
        // The kill follows the sight of a temp file by a few milliseconds, and a save may finish within them: then the
        // process died between two saves, which proves nothing here, so it is started and killed again.
        for (int attempt = 0; attempt < 5 && !killedMidWrite; attempt++) {
            Process child = hammerProcess("victim", 0, 2_000_000);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null && !line.equals("saved 3"); line = lines.readLine()) {
                    // a few rounds of 2 MB saves first
                }
                killWhileATempFileExists(child);
            }
            try (Stream<Path> files = Files.walk(dir)) {
                killedMidWrite = files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
            }
        }

        try (WorkspaceStore store = WorkspaceHammer.store(dir)) {
            WorkspaceContents contents = store.load();

            assertEquals(List.of(), contents.problems());
            for (CollectionFolder.RequestEntry entry : contents.collections().get(0).requests()) {
                int round = Integer.parseInt(entry.request().headers().get(0).value());
                assertEquals(WorkspaceHammer.request(entry.name(), round, entry.name().equals("common") && round == 0 ? 10 : 2_000_000),
                        entry.request(), "a whole version of " + entry.name());
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
                    "the temp file of the interrupted save was removed at load");
        }
        assertTrue(killedMidWrite, "the process died while a save was half written");
    }

    /** Kills the process the moment one of its saves has a temp file on disk (it is writing the bytes then). */
    private void killWhileATempFileExists(Process child) throws Exception {
        Path folder = dir.resolve(WorkspaceHammer.COLLECTION);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(folder)) {
                if (files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"))) {
                    break;
                }
            }
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }
}
