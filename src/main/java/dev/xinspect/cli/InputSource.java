package dev.xinspect.cli;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ExchangeReader;
import dev.xinspect.core.http.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a command's input: a file path, or standard input for {@code -} or no argument. */
final class InputSource {
    private InputSource() {
    }

    /**
     * The exchanges in a file or standard input, or one plain sentence saying why there are none: the shared input
     * step of {@code explain} and {@code report}.
     */
    static List<Exchange> exchanges(ExchangeReader reader, String file, InputStream stdin) throws UnusableInput {
        try {
            return reader.read(readBytes(file, stdin));
        } catch (IOException e) {
            throw new UnusableInput("cannot read the input: " + e.getMessage());
        } catch (UnreadableInputException e) {
            throw new UnusableInput(e.getMessage());
        }
    }

    /** The input as text, or one plain sentence saying why it cannot be read: the input step of the imports. */
    static String text(String file, InputStream stdin) throws UnusableInput {
        try {
            return read(file, stdin);
        } catch (IOException e) {
            throw new UnusableInput("cannot read the input: " + e.getMessage());
        }
    }

    /** The input cannot be used; the message is one line for stderr. */
    static final class UnusableInput extends Exception {
        UnusableInput(String message) {
            super(message);
        }
    }

    /** The input as text; invalid UTF-8 becomes U+FFFD. */
    static String read(String file, InputStream stdin) throws IOException {
        return new String(readBytes(file, stdin), StandardCharsets.UTF_8);
    }

    static byte[] readBytes(String file, InputStream stdin) throws IOException {
        if (file == null || file.equals("-")) {
            return stdin.readAllBytes();
        }
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new IOException("no such file: " + file, e);
        }
    }
}
