package dev.xinspect.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a command's input: a file path, or standard input for {@code -} or no argument. */
final class InputSource {
    private InputSource() {
    }

    static String read(String file, InputStream stdin) throws IOException {
        if (file == null || file.equals("-")) {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file: " + file, e);
        } catch (java.nio.charset.MalformedInputException e) {
            return new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
        }
    }
}
