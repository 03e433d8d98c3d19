package dev.xinspect.core.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file so a reader sees the old or the new content, never an empty or half-written file: the bytes go to
 * a temp file in the same folder (an atomic move cannot cross file systems), are forced to disk, then the temp file
 * is moved over the target. Stateless.
 */
public final class AtomicFile {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFile() {
    }

    /** Writes UTF-8 text with the folder's default permissions. */
    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * Writes {@code content} to {@code target}, creating missing folders. {@code ownerOnly} makes the file 0600 (and a
     * new folder 0700) from creation, never chmod-ed afterwards, so there is no moment others can read it.
     */
    public static void write(Path target, byte[] content, boolean ownerOnly) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        createFolder(folder, ownerOnly);
        FileAttribute<?>[] attributes = ownerOnly && POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", TEMP_SUFFIX, attributes);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Creates a missing folder (and its parents); {@code ownerOnly} makes a new one 0700 from creation. */
    public static void createFolder(Path folder, boolean ownerOnly) throws IOException {
        if (!Files.isDirectory(folder)) {
            if (ownerOnly && POSIX) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        }
    }

    /** True for a temp file {@link #write} leaves behind when the process dies before its move. */
    public static boolean isLeftoverTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX) && name.length() > 1 + TEMP_SUFFIX.length();
    }

    /** True for a temp file {@link #write} left behind when it was writing {@code target}. */
    public static boolean isLeftoverTempOf(Path file, Path target) {
        String name = file.getFileName().toString();
        String prefix = "." + target.getFileName() + ".";
        return name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX) && name.length() > prefix.length() + TEMP_SUFFIX.length();
    }

    /** True for a file {@link #setAside} made. */
    public static boolean isSetAside(Path file) {
        return file.getFileName().toString().matches(".*\\.corrupt-\\d+");
    }

    /** Moves a file that could not be read out of the way, keeping it for the user: {@code name.corrupt-1}, … */
    public static Path setAside(Path file) throws IOException {
        return setAside(file, 1);
    }

    /** As {@link #setAside(Path)}, trying {@code name.corrupt-first} and counting up from there (a time stamp, say). */
    public static Path setAside(Path file, long first) throws IOException {
        for (long n = first; ; n++) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + n);
            if (!Files.exists(aside)) {
                return Files.move(file, aside);
            }
        }
    }
}
