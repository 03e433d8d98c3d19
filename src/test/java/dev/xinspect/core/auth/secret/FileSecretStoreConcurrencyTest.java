package dev.xinspect.core.auth.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * secrets.json written by two processes at once keeps every key (without the lock two writers kept 405 of 600), and
 * the temp files a crash leaves beside it, which hold every secret, are removed at start.
 */
class FileSecretStoreConcurrencyTest {
    @TempDir
    Path dir;

    private static Set<String> keysOf(String who, int count) {
        return IntStream.range(0, count).mapToObj(i -> who + "-" + i).collect(Collectors.toSet());
    }

    @Test
    void twoProcessesWritingAtOnceKeepEveryKey() throws Exception {
        Path file = dir.resolve("secrets.json");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SecretFileHammer.class.getName(),
                file.toString(), "child", "300").redirectErrorStream(true).start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });

        SecretFileHammer.hammer(new FileSecretStore(file), "parent", 300);

        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the other process finished");
        assertEquals(0, child.exitValue(), output.get(10, TimeUnit.SECONDS));
        Set<String> expected = new java.util.HashSet<>(keysOf("parent", 300));
        expected.addAll(keysOf("child", 300));
        FileSecretStore reader = new FileSecretStore(file);
        assertEquals(expected, reader.keys());
        assertEquals("secret of child 299", reader.read("child-299").orElseThrow());
    }

    @Test
    void twoStoresOnOneFileInOneProcessKeepEveryKey() throws Exception {
        Path file = dir.resolve("secrets.json");
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> SecretFileHammer.hammer(new FileSecretStore(file), "a", 200));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> SecretFileHammer.hammer(new FileSecretStore(file), "b", 200));
        CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);

        Set<String> expected = new java.util.HashSet<>(keysOf("a", 200));
        expected.addAll(keysOf("b", 200));
        assertEquals(expected, new FileSecretStore(file).keys());
    }

    @Test
    void tempFilesACrashLeftAreRemovedAtStartAndOthersAreNot() throws Exception {
        Path file = dir.resolve("secrets.json");
        new FileSecretStore(file).write("kept", "value");
        Path leftover = Files.writeString(dir.resolve(".secrets.json.8127364.tmp"), "{\"consumer_secret\":\"CANARY\"}");
        Path unrelated = Files.writeString(dir.resolve(".profiles.json.99.tmp"), "not ours");
        Path mine = Files.writeString(dir.resolve("notes.tmp"), "not a temp of the store");

        FileSecretStore store = new FileSecretStore(file);
        assertEquals("value", store.read("kept").orElseThrow());

        assertTrue(Files.notExists(leftover), "the leftover temp file is gone");
        assertTrue(Files.exists(unrelated) && Files.exists(mine), "other files stay");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> {
                try {
                    return Files.readString(p).contains("CANARY");
                } catch (java.io.IOException e) {
                    return false;
                }
            }).toList());
        }
    }
}
