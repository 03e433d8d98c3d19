package dev.xinspect.core.storage;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a name a user typed into one file or folder name that is safe on Linux, macOS and Windows, and back. Characters
 * no file system accepts ({@code / \ : * ? " < > |}, control characters) and {@code %} are percent-encoded, as are a
 * leading dot or space (hidden files, and our own {@code .trash} and temp files) and a trailing dot or space (Windows
 * drops them); Windows' reserved device names ({@code CON}, {@code NUL}, {@code COM1}, …, also with an extension) get
 * their first letter encoded. So no name can climb out of its folder ({@code ..} becomes {@code %2E%2E}) and
 * {@link #decode} gives the name back. Names over {@value #MAX_LENGTH} characters are cut and end in a short hash.
 * Stateless.
 */
public final class SafeFileName {
    static final int MAX_LENGTH = 120;
    private static final String UNSAFE = "/\\:*?\"<>|%";
    // Microsoft, "Naming Files, Paths, and Namespaces": reserved names, also when followed by an extension.
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final Pattern ESCAPE = Pattern.compile("%[0-9A-F]{2}");

    private SafeFileName() {
    }

    /** The file name for {@code name} (without extension); a blank name is refused. */
    public static String encode(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A name cannot be empty.");
        }
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length() + 8);
        int length = nfc.length();
        for (int i = 0; i < length; i++) {
            char c = nfc.charAt(i);
            boolean edge = (i == 0 && (c == '.' || c == ' ')) || (i == length - 1 && (c == '.' || c == ' '));
            if (c < 0x20 || c == 0x7F || UNSAFE.indexOf(c) >= 0 || edge) {
                out.append(String.format(Locale.ROOT, "%%%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        String base = out.toString().split("\\.", 2)[0].toUpperCase(Locale.ROOT);
        if (RESERVED.contains(base)) {
            out.replace(0, 1, String.format(Locale.ROOT, "%%%02X", (int) out.charAt(0)));
        }
        return out.length() <= MAX_LENGTH ? out.toString() : shortened(out.toString(), nfc);
    }

    /** The name a file name stands for: escapes decoded. */
    public static String decode(String fileName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(fileName.length());
        int i = 0;
        while (i < fileName.length()) {
            if (i + 3 <= fileName.length() && ESCAPE.matcher(fileName.substring(i, i + 3)).matches()) {
                bytes.write(HexFormat.fromHexDigits(fileName, i + 1, i + 3));
                i += 3;
            } else {
                int cp = fileName.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String shortened(String encoded, String name) {
        int cut = 110;
        int escape = encoded.lastIndexOf('%', cut - 1);
        if (escape > cut - 3) {
            cut = escape; // never split a %XX
        }
        if (Character.isHighSurrogate(encoded.charAt(cut - 1))) {
            cut--;
        }
        // String.hashCode is specified by the JLS, so the same long name maps to the same file on every run
        return encoded.substring(0, cut) + "~" + String.format(Locale.ROOT, "%08x", name.hashCode());
    }
}
