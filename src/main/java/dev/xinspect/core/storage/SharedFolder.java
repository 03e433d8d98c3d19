package dev.xinspect.core.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A folder of plain files that several running instances may write: every change is atomic ({@link AtomicFile}) and
 * made under the folder's {@link FolderLock}, and a file is only replaced if it is still the version the caller read
 * (a SHA-256 of its bytes, see {@link Versioned}), so an edit made elsewhere is refused with
 * {@link StorageException.Reason#CHANGED_ELSEWHERE} instead of being overwritten. Deleting moves to {@code .trash}.
 * Paths are relative to the root and may not leave it, by {@code ..} or by a link to elsewhere. Thread-safe.
 */
public final class SharedFolder implements AutoCloseable {
    public static final String LOCK_FILE = ".xinspect.lock";
    public static final String TRASH = ".trash";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path root;
    private final Clock clock;
    private final FolderLock lock;

    /** A file's bytes and its version, the token a later write must present. */
    public record Versioned(byte[] bytes, String version) {
    }

    public SharedFolder(Path root, Clock clock, Duration lockTimeout) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
        this.lock = new FolderLock(this.root.resolve(LOCK_FILE), lockTimeout);
    }

    public Path root() {
        return root;
    }

    /** Runs {@code work} under the folder's lock (nested calls from the same thread are fine). */
    public <T> T locked(FolderLock.Locked<T> work) throws IOException {
        try {
            return lock.run(work);
        } catch (ReadOnlyFileSystemException e) {
            throw StorageException.readOnly(root);
        }
    }

    /** Reads a file with its version. */
    public Versioned read(Path relative) throws IOException {
        byte[] bytes = Files.readAllBytes(inside(relative));
        return new Versioned(bytes, version(bytes));
    }

    /** The version of some bytes: what {@link #read} gives for a file holding them. */
    public static String version(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Replaces a file if it is still at {@code expected} (null: it must not exist yet); returns the new version.
     * Refused when the file changed since, was removed since, or (for a new file) already exists.
     */
    public String write(Path relative, byte[] content, String expected) throws IOException {
        return locked(() -> {
            checkVersion(relative, expected);
            writeNow(relative, content);
            return version(content);
        });
    }

    /** Replaces a file whatever is there (bookkeeping the caller re-read under {@link #locked}). */
    public void replace(Path relative, byte[] content) throws IOException {
        locked(() -> {
            writeNow(relative, content);
            return null;
        });
    }

    /** Writes a new file {@code folder/stem.extension}, adding " (2)", " (3)"… until no sibling has the name in any case. */
    public Path writeNew(Path folder, String stem, String extension, byte[] content) throws IOException {
        return locked(() -> {
            Path relative = folder.resolve(freeName(folder, stem, extension));
            writeNow(relative, content);
            return relative;
        });
    }

    /** A name in {@code folder} no sibling has, ignoring case (Windows and macOS fold case). */
    public String freeName(Path folder, String stem, String extension) throws IOException {
        Set<String> taken = new HashSet<>();
        Path dir = inside(folder);
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                entries.forEach(p -> taken.add(p.getFileName().toString().toLowerCase(Locale.ROOT)));
            }
        }
        for (int n = 1; ; n++) {
            String name = (n == 1 ? stem : stem + " (" + n + ")") + extension;
            if (!taken.contains(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
    }

    /** Creates a folder (and its parents); an existing one is fine. */
    public void createFolder(Path relative) throws IOException {
        locked(() -> {
            try {
                Files.createDirectories(inside(relative));
            } catch (IOException e) {
                throw StorageException.of(e, root);
            }
            return null;
        });
    }

    /** Moves a file or folder; a file must still be at {@code expected} (null: any), and nothing may stand at the target. */
    public Path move(Path from, Path to, String expected) throws IOException {
        return locked(() -> {
            Path source = inside(from);
            Path target = inside(to);
            if (!Files.exists(source)) {
                throw removed(from);
            }
            if (expected != null) {
                checkVersion(from, expected);
            }
            boolean sameIgnoringCase = from.toString().equalsIgnoreCase(to.toString());
            if (Files.exists(target) && !sameIgnoringCase) {
                throw new StorageException(StorageException.Reason.EXISTS, "There is already something named "
                        + to.getFileName() + " there; nothing was moved.");
            }
            try {
                Files.createDirectories(target.getParent());
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw StorageException.of(e, root);
            }
            return to;
        });
    }

    /** Moves a file or folder into {@code .trash/<UTC time>/…}, keeping its path; a file must be at {@code expected} (null: any). */
    public Path trash(Path relative, String expected) throws IOException {
        return locked(() -> {
            Path source = inside(relative);
            if (!Files.exists(source)) {
                throw removed(relative);
            }
            if (expected != null) {
                checkVersion(relative, expected);
            }
            Path bin = Path.of(TRASH, STAMP.format(clock.instant()));
            for (int n = 2; Files.exists(resolve(bin.resolve(relative))); n++) {
                bin = Path.of(TRASH, STAMP.format(clock.instant()) + "-" + n);
            }
            Path target = bin.resolve(relative);
            try {
                Files.createDirectories(inside(target).getParent());
                Files.move(source, inside(target), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw StorageException.of(e, root);
            }
            return target;
        });
    }

    /** Sets a file that cannot be read aside ({@code name.corrupt-N}) and returns the new relative path. */
    public Path setAside(Path relative) throws IOException {
        return relativize(AtomicFile.setAside(inside(relative)));
    }

    /** Deletes temp files a crash left behind; only safe under the lock, where no write of ours is half done. */
    public List<Path> removeLeftoverTemps(Path under) throws IOException {
        List<Path> removed = new ArrayList<>();
        Path start = resolve(under);
        if (!isInside(under) || !Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
            return removed;
        }
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.getFileName() != null && dir.getFileName().toString().equals(TRASH) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && AtomicFile.isLeftoverTemp(file)) {
                    Files.deleteIfExists(file);
                    removed.add(relativize(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return removed;
    }

    /** The absolute path of a relative one; refuses paths that leave the root. */
    public Path resolve(Path relative) {
        if (relative.isAbsolute()) {
            throw new IllegalArgumentException("The path " + relative + " is outside the folder.");
        }
        Path resolved = root;
        for (Path name : relative) {
            resolved = resolved.resolve(name.toString()); // by name: the root may be on another file system provider
        }
        resolved = resolved.normalize();
        if (!resolved.startsWith(root)) {
            throw new IllegalArgumentException("The path " + relative + " is outside the folder.");
        }
        return resolved;
    }

    /**
     * True when {@code relative}, with every link on its way followed, is still in the folder: a link to a folder
     * elsewhere (or a file there) is not. For a path that does not exist yet, its nearest existing parent decides.
     */
    public boolean isInside(Path relative) {
        Path lexical = resolve(relative);
        try {
            Path existing = lexical;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing == null || existing.toRealPath().startsWith(realRoot());
        } catch (IOException e) {
            return false; // a link that cannot be followed leads nowhere we may go
        }
    }

    /** The real path of a folder in here, following links; two links to one folder give the same path. */
    public Path realPath(Path relative) throws IOException {
        return inside(relative).toRealPath();
    }

    /** {@link #resolve}, refusing a path that a link takes out of the folder: nothing outside is read or written. */
    private Path inside(Path relative) throws StorageException {
        Path resolved = resolve(relative);
        if (!isInside(relative)) {
            throw new StorageException(StorageException.Reason.REFUSED, relative + " is a link that leads out of "
                    + root + "; xinspect neither reads nor writes through it.");
        }
        return resolved;
    }

    private Path realRoot() throws IOException {
        return Files.exists(root) ? root.toRealPath() : root;
    }

    /** The relative path (on the default file system) of a path under the root. */
    public Path relativize(Path absolute) {
        Path relative = root.relativize(absolute);
        List<String> names = new ArrayList<>();
        relative.forEach(n -> names.add(n.toString()));
        return names.isEmpty() ? Path.of("") : Path.of(names.get(0), names.subList(1, names.size()).toArray(String[]::new));
    }

    private void writeNow(Path relative, byte[] content) throws IOException {
        try {
            AtomicFile.write(inside(relative), content, false);
        } catch (ReadOnlyFileSystemException e) {
            throw StorageException.readOnly(root);
        } catch (IOException e) {
            throw StorageException.of(e, root);
        }
    }

    private void checkVersion(Path relative, String expected) throws IOException {
        Optional<byte[]> current = readIfPresent(relative);
        if (current.isEmpty()) {
            if (expected != null) {
                throw removed(relative);
            }
            return;
        }
        if (expected == null) {
            throw new StorageException(StorageException.Reason.EXISTS, relative.getFileName()
                    + " already exists; nothing was overwritten. Save under another name.");
        }
        if (!expected.equals(version(current.get()))) {
            throw new StorageException(StorageException.Reason.CHANGED_ELSEWHERE, relative.getFileName()
                    + " changed elsewhere since it was opened (another xinspect or an editor); nothing was overwritten. "
                    + "Reload it, or save yours as a copy.");
        }
    }

    private Optional<byte[]> readIfPresent(Path relative) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(inside(relative)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private StorageException removed(Path relative) {
        return new StorageException(StorageException.Reason.REMOVED_ELSEWHERE, relative.getFileName()
                + " was moved or deleted elsewhere since it was opened; nothing was changed. Reload, or save yours as a copy.");
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
