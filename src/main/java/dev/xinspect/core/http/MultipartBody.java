package dev.xinspect.core.http;

import dev.xinspect.core.storage.FileFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Encodes form parts as a {@code multipart/form-data} body (RFC 7578, RFC 2046 §5.1): each part under the boundary
 * with its {@code Content-Disposition}, files read from disk as they are. The boundary is fresh per request so it
 * cannot occur in a file by chance. Files are read on the calling thread.
 */
public final class MultipartBody {
    private MultipartBody() {
    }

    /** A boundary in curl's shape (dashes and 24 hex digits), from the given source of randomness. */
    public static String freshBoundary(RandomGenerator random) {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return "------------------------" + HexFormat.of().formatHex(bytes);
    }

    public static String contentType(String boundary) {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The encoded body; a file that cannot be read is an {@link IOException} naming it. */
    public static Body encode(List<FormPart> parts, String boundary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (FormPart part : parts) {
            writePart(out, boundary, part.name(), part.isFile() ? part.sentFilename() : null, part.sentContentType(),
                    part.isFile() ? read(part.file()) : part.value().getBytes(StandardCharsets.UTF_8));
        }
        write(out, "--" + boundary + "--\r\n");
        return Body.ofBytes(out.toByteArray());
    }

    /**
     * Text fields followed by one file part whose bytes are given (a segment of a larger file, as a chunked media
     * upload's APPEND sends it).
     */
    public static Body encode(List<FormPart> textFields, String name, String filename, String contentType, byte[] content,
                              String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (FormPart field : textFields) {
            writePart(out, boundary, field.name(), null, field.sentContentType(), field.value().getBytes(StandardCharsets.UTF_8));
        }
        writePart(out, boundary, name, filename, contentType, content);
        write(out, "--" + boundary + "--\r\n");
        return Body.ofBytes(out.toByteArray());
    }

    private static void writePart(ByteArrayOutputStream out, String boundary, String name, String filename, String type,
                                  byte[] content) {
        write(out, "--" + boundary + "\r\n");
        write(out, "Content-Disposition: form-data; name=\"" + escape(name) + "\""
                + (filename != null ? "; filename=\"" + escape(filename) + "\"" : "") + "\r\n");
        if (!type.isEmpty()) {
            write(out, "Content-Type: " + type + "\r\n");
        }
        write(out, "\r\n");
        out.writeBytes(content);
        write(out, "\r\n");
    }

    private static byte[] read(String file) throws IOException {
        Path path = Path.of(file.startsWith("~/") ? System.getProperty("user.home") + file.substring(1) : file);
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IOException("The file " + file + " of a form part cannot be read (" + FileFailure.reason(e) + ").", e);
        }
    }

    /** RFC 7578 §4.2: quotes and line breaks in a name are percent-encoded, as browsers (and curl) do. */
    private static String escape(String text) {
        return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
