package dev.xinspect.core.http;

import java.util.Objects;

/**
 * One part of a {@code multipart/form-data} body (RFC 7578): a name with a text value, or with a file sent under its
 * name ({@code filename}, defaulting to the file's own name) and a media type ({@code contentType}, empty for the
 * default). Text may hold {@code {{variables}}}, resolved when the request is sent.
 */
public record FormPart(String name, String value, String file, String contentType, String filename) {
    public FormPart {
        Objects.requireNonNull(name, "name");
        value = value == null ? "" : value;
        file = file == null ? "" : file;
        contentType = contentType == null ? "" : contentType;
        filename = filename == null ? "" : filename;
    }

    public static FormPart text(String name, String value) {
        return new FormPart(name, value, "", "", "");
    }

    public static FormPart file(String name, String path) {
        return new FormPart(name, "", path, "", "");
    }

    public boolean isFile() {
        return !file.isEmpty();
    }

    /** The part's media type: the one given, else curl's guess from a file's extension, else none for text. */
    public String sentContentType() {
        if (!contentType.isEmpty() || !isFile()) {
            return contentType;
        }
        String name = sentFilename().toLowerCase(java.util.Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "gif" -> "image/gif";
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "svg" -> "image/svg+xml";
            case "txt" -> "text/plain";
            case "htm", "html" -> "text/html";
            case "xml" -> "application/xml";
            case "pdf" -> "application/pdf";
            default -> "application/octet-stream";
        };
    }

    /** The file name sent in the part's {@code Content-Disposition}: the one given, else the path's last segment. */
    public String sentFilename() {
        if (!filename.isEmpty()) {
            return filename;
        }
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
