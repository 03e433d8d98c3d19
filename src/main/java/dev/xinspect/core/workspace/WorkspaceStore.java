package dev.xinspect.core.workspace;

import dev.xinspect.core.auth.secret.SecretStore;
import dev.xinspect.core.auth.secret.SecretStoreException;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.storage.AtomicFile;
import dev.xinspect.core.storage.FileFailure;
import dev.xinspect.core.storage.SafeFileName;
import dev.xinspect.core.storage.SharedFolder;
import dev.xinspect.core.storage.StorageException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The workspace folder: {@code collections/<collection>/<folder…>/<request>.json}, one request per file, and
 * {@code environments/<name>.json}. Plain, diff-friendly files ({@link WorkspaceJson}) with names made safe by
 * {@link SafeFileName}; no secret is ever written to them (a secret variable's value goes to the {@link SecretStore}
 * under {@code environment/<env>/<variable>}, and a request with a credential typed into it is refused). Every write
 * is atomic, serialised with other instances by the folder's lock, and refused if the file changed on disk since it
 * was read ({@link SharedFolder}). Loading reads what it can: a corrupt file is set aside and reported, temp files a
 * crash left behind are removed. Deleting moves to {@code .trash}. Thread-safe.
 */
public final class WorkspaceStore implements AutoCloseable {
    public static final Path COLLECTIONS = Path.of("collections");
    public static final Path ENVIRONMENTS = Path.of("environments");
    private static final String EXTENSION = ".json";
    private static final String GITIGNORE = """
            # Written by xinspect: its own bookkeeping, not for version control.
            .xinspect.lock
            .trash/
            *.corrupt-*
            .*.tmp
            """;

    private final SharedFolder folder;
    private final SecretStore secrets;
    private final LiteralSecrets literalSecrets;
    private final WorkspaceJson json = new WorkspaceJson();
    /** Environments as last loaded or saved, by name: the file each lives in and the version read. */
    private final Map<String, EnvironmentFile> environments = new LinkedHashMap<>();

    private record EnvironmentFile(Path path, String version, Environment environment) {
    }

    public WorkspaceStore(Path root, SecretStore secrets, LiteralSecrets literalSecrets, Clock clock, Duration lockTimeout) {
        this.folder = new SharedFolder(root, clock, lockTimeout);
        this.secrets = secrets;
        this.literalSecrets = literalSecrets;
    }

    public Path root() {
        return folder.root();
    }

    /** Everything readable; never throws: what cannot be read is a sentence in {@link WorkspaceContents#problems()}. */
    public WorkspaceContents load() {
        if (!Files.isDirectory(folder.root())) {
            return new WorkspaceContents(List.of(), List.of(), List.of());
        }
        try {
            return folder.locked(() -> loadNow(true));
        } catch (StorageException e) {
            if (e.reason() != StorageException.Reason.READ_ONLY) {
                return new WorkspaceContents(List.of(), List.of(), List.of(e.getMessage()));
            }
        } catch (IOException e) {
            return new WorkspaceContents(List.of(), List.of(), List.of(StorageException.of(e, folder.root()).getMessage()));
        }
        try {
            return loadNow(false); // a read-only folder can still be browsed
        } catch (IOException e) {
            return new WorkspaceContents(List.of(), List.of(), List.of(StorageException.of(e, folder.root()).getMessage()));
        }
    }

    /** Where a request was written and its new version. */
    public record SavedFile(Path path, String version) {
    }

    /** Saves a new request in {@code parent} (a collection or a folder in one); never replaces a file. */
    public SavedFile saveNew(Path parent, SavedRequest request) throws StorageException {
        checkSavable(request);
        inCollection(parent);
        byte[] bytes = json.request(request);
        return write(() -> folder.locked(() -> {
            newWorkspaceGitignore();
            folder.createFolder(parent);
            return new SavedFile(folder.writeNew(parent, SafeFileName.encode(request.name()), EXTENSION, bytes), SharedFolder.version(bytes));
        }));
    }

    /** Overwrites a saved request; refused if its file is no longer at {@code version}. Returns the new version. */
    public String save(Path file, SavedRequest request, String version) throws StorageException {
        checkSavable(request);
        return write(() -> folder.write(file, json.request(request), version));
    }

    /** Reads a request again from disk (after a "changed elsewhere"); an unreadable one is set aside. */
    public CollectionFolder.RequestEntry reload(Path file) throws StorageException {
        return write(() -> folder.locked(() -> readRequest(file)));
    }

    private CollectionFolder.RequestEntry readRequest(Path file) throws IOException {
        try {
            SharedFolder.Versioned read = folder.read(file);
            return new CollectionFolder.RequestEntry(file, json.request(read.bytes(), stem(file)), read.version());
        } catch (WorkspaceJson.Unreadable e) {
            Path aside = folder.setAside(file);
            throw new StorageException(StorageException.Reason.FAILED, unreadable(file, e.getMessage(), aside));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new StorageException(StorageException.Reason.REMOVED_ELSEWHERE, file.getFileName()
                    + " is no longer there; it was moved or deleted elsewhere.");
        }
    }

    /** Renames a request (its file and the name inside); returns the new file and version. */
    public SavedFile rename(Path file, String newName, String version) throws StorageException {
        String stem = safeName(newName);
        return write(() -> folder.locked(() -> {
            Path parent = file.getParent();
            Path target = stem.equalsIgnoreCase(SafeFileName.encode(stem(file))) ? parent.resolve(stem + EXTENSION)
                    : parent.resolve(folder.freeName(parent, stem, EXTENSION));
            Path moved = target.equals(file) ? file : folder.move(file, target, version);
            CollectionFolder.RequestEntry entry = readRequest(moved);
            if (target.equals(file) && !entry.version().equals(version)) {
                throw new StorageException(StorageException.Reason.CHANGED_ELSEWHERE, file.getFileName()
                        + " changed elsewhere since it was opened; nothing was renamed. Reload it first.");
            }
            SavedRequest renamed = entry.request().withName(newName.strip());
            return new SavedFile(moved, folder.write(moved, json.request(renamed), entry.version()));
        }));
    }

    /** Moves a request into another collection or folder, keeping its name and content. */
    public SavedFile move(Path file, Path targetFolder, String version) throws StorageException {
        inCollection(targetFolder);
        if (targetFolder.equals(file.getParent())) {
            return new SavedFile(file, version);
        }
        return write(() -> folder.locked(() -> new SavedFile(folder.move(file, targetFolder.resolve(
                folder.freeName(targetFolder, SafeFileName.encode(stem(file)), EXTENSION)), version), version)));
    }

    /** Creates a collection ({@code parent} = {@link #COLLECTIONS}) or a folder inside one; returns it. */
    public Path createFolder(Path parent, String name) throws StorageException {
        Path target = parent.resolve(safeName(name));
        return write(() -> folder.locked(() -> {
            if (taken(parent, target.getFileName().toString())) {
                throw new StorageException(StorageException.Reason.EXISTS, "There is already a folder named " + name.strip() + " there.");
            }
            newWorkspaceGitignore();
            folder.createFolder(target);
            return target;
        }));
    }

    /** Renames a collection or folder; returns its new path. */
    public Path renameFolder(Path path, String newName) throws StorageException {
        Path target = path.resolveSibling(safeName(newName));
        return write(() -> folder.move(path, target, null));
    }

    /**
     * Moves a request (at {@code version}), folder or collection ({@code version} null) into
     * {@code .trash/<UTC time>/}; returns where it went.
     */
    public Path delete(Path path, String version) throws StorageException {
        return write(() -> folder.trash(path, version));
    }

    /**
     * Saves an environment (new when {@code previousName} is null, renamed when it differs). Secret values go to the
     * credential store first, then the file, then secrets no longer used are removed: a crash leaves at worst an
     * unused secret. A value that looks like a credential but is not marked secret is refused.
     */
    public void saveEnvironment(Environment environment, String previousName) throws StorageException {
        String stem = safeName(environment.name());
        for (EnvironmentVariable variable : environment.variables()) {
            if (!variable.secret() && literalSecrets.inValue(variable.name(), variable.value())) {
                throw new StorageException(StorageException.Reason.REFUSED, "The value of {{" + variable.name()
                        + "}} looks like a credential: tick Secret for it, so it is kept in the credential store and never in a file.");
            }
        }
        write(() -> folder.locked(() -> {
            synchronized (environments) {
                EnvironmentFile previous = previousName == null ? null : environments.get(previousName);
                if (previousName != null && previous == null) {
                    throw new StorageException(StorageException.Reason.REMOVED_ELSEWHERE, "The environment " + previousName
                            + " is no longer there; reload the workspace.");
                }
                boolean renamed = previous != null && !previousName.equals(environment.name());
                if ((previous == null || renamed) && environments.keySet().stream()
                        .anyMatch(n -> n.equalsIgnoreCase(environment.name()) && !n.equals(previousName))) {
                    throw new StorageException(StorageException.Reason.EXISTS, "There is already an environment named "
                            + environment.name() + ".");
                }
                Path file = previous == null ? null : previous.path();
                if (previous == null || (renamed && !stem.equalsIgnoreCase(SafeFileName.encode(stem(previous.path()))))) {
                    file = ENVIRONMENTS.resolve(folder.freeName(ENVIRONMENTS, stem, EXTENSION));
                }
                storeSecrets(environment);
                newWorkspaceGitignore();
                if (previous != null && !file.equals(previous.path())) {
                    folder.move(previous.path(), file, previous.version());
                }
                String version = folder.write(file, json.environment(environment), previous == null ? null : previous.version());
                environments.remove(previousName);
                environments.put(environment.name(), new EnvironmentFile(file, version, environment));
                removeUnusedSecrets(previous == null ? null : previous.environment(), environment);
                return null;
            }
        }));
    }

    /** Moves an environment's file to {@code .trash} and removes its secrets from the credential store. */
    public void deleteEnvironment(String name) throws StorageException {
        write(() -> folder.locked(() -> {
            synchronized (environments) {
                EnvironmentFile file = environments.get(name);
                if (file == null) {
                    throw new StorageException(StorageException.Reason.REMOVED_ELSEWHERE, "There is no environment named " + name + ".");
                }
                folder.trash(file.path(), file.version());
                environments.remove(name);
                removeUnusedSecrets(file.environment(), null);
                return null;
            }
        }));
    }

    /** The credential store key of an environment's secret variable. */
    public static String secretKey(String environment, String variable) {
        return "environment/" + environment + "/" + variable;
    }

    private WorkspaceContents loadNow(boolean writable) throws IOException {
        List<String> problems = new ArrayList<>();
        if (writable) {
            folder.removeLeftoverTemps(COLLECTIONS);
            folder.removeLeftoverTemps(ENVIRONMENTS);
        }
        List<CollectionFolder> collections = new ArrayList<>();
        Set<Path> walked = new HashSet<>();
        if (walkable(COLLECTIONS, walked, problems)) {
            for (Path dir : children(COLLECTIONS)) {
                if (Files.isDirectory(folder.resolve(dir)) && walkable(dir, walked, problems)) {
                    collections.add(readFolder(dir, writable, problems, walked));
                }
            }
        }
        collections.sort(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));
        Map<String, EnvironmentFile> loaded = new LinkedHashMap<>();
        for (Path file : walkable(ENVIRONMENTS, walked, problems) ? children(ENVIRONMENTS) : List.<Path>of()) {
            if (!isRequestFile(file) || !fileInside(file, problems)) {
                continue;
            }
            try {
                SharedFolder.Versioned read = folder.read(file);
                Environment environment = withSecrets(json.environment(read.bytes(), stem(file)), problems);
                if (loaded.keySet().stream().anyMatch(n -> n.equalsIgnoreCase(environment.name()))) {
                    problems.add(file + " names the environment " + environment.name() + " again; it was left out.");
                    continue;
                }
                loaded.put(environment.name(), new EnvironmentFile(file, read.version(), environment));
            } catch (WorkspaceJson.Unreadable e) {
                problems.add(setAsideOrReport(file, e.getMessage(), writable));
            } catch (IOException e) {
                problems.add(file + " could not be opened (" + FileFailure.reason(e) + ").");
            }
        }
        synchronized (environments) {
            environments.clear();
            environments.putAll(loaded);
        }
        List<Environment> list = loaded.values().stream().map(EnvironmentFile::environment).toList();
        return new WorkspaceContents(collections, list, problems);
    }

    private CollectionFolder readFolder(Path dir, boolean writable, List<String> problems, Set<Path> walked) throws IOException {
        List<CollectionFolder> folders = new ArrayList<>();
        List<CollectionFolder.RequestEntry> requests = new ArrayList<>();
        for (Path child : children(dir)) {
            if (Files.isDirectory(folder.resolve(child))) {
                if (walkable(child, walked, problems)) {
                    folders.add(readFolder(child, writable, problems, walked));
                }
            } else if (isRequestFile(child) && fileInside(child, problems)) {
                try {
                    SharedFolder.Versioned read = folder.read(child);
                    requests.add(new CollectionFolder.RequestEntry(child, json.request(read.bytes(), stem(child)), read.version()));
                } catch (WorkspaceJson.Unreadable e) {
                    problems.add(setAsideOrReport(child, e.getMessage(), writable));
                } catch (IOException e) {
                    problems.add(child + " could not be opened (" + FileFailure.reason(e) + ").");
                }
            }
        }
        folders.sort(Comparator.comparing(f -> f.name().toLowerCase(Locale.ROOT)));
        requests.sort(Comparator.comparing((CollectionFolder.RequestEntry r) -> r.name().toLowerCase(Locale.ROOT))
                .thenComparing(r -> r.path().toString()));
        return new CollectionFolder(SafeFileName.decode(dir.getFileName().toString()), dir, folders, requests);
    }

    /**
     * A folder to walk into: in the workspace, and not walked already. A link out of the workspace is not followed
     * (nothing there is read, renamed or set aside), nor a second way into one folder (two links to it, a link loop).
     */
    private boolean walkable(Path dir, Set<Path> walked, List<String> problems) throws IOException {
        if (!Files.exists(folder.resolve(dir))) {
            return true;
        }
        if (!folder.isInside(dir)) {
            problems.add(dir + " is a link to a folder outside the workspace; it was not followed.");
            return false;
        }
        if (!walked.add(folder.realPath(dir))) {
            problems.add(dir + " is a link to a folder shown already; it was not followed again.");
            return false;
        }
        return true;
    }

    /** False, with a problem said, for a link to a file outside the workspace: it is neither read nor set aside. */
    private boolean fileInside(Path file, List<String> problems) {
        if (folder.isInside(file)) {
            return true;
        }
        problems.add(file + " is a link to a file outside the workspace; it was left out.");
        return false;
    }

    private String setAsideOrReport(Path file, String why, boolean writable) {
        if (!writable) {
            return file + " could not be read (" + why + "); the folder is read-only, so it stays where it is.";
        }
        try {
            return unreadable(file, why, folder.setAside(file));
        } catch (IOException e) {
            return file + " could not be read (" + why + ") nor set aside; it was left out.";
        }
    }

    private static String unreadable(Path file, String why, Path aside) {
        return file + " could not be read (" + why + ") and was set aside as " + aside.getFileName() + "; nothing was deleted.";
    }

    private Environment withSecrets(Environment environment, List<String> problems) {
        List<EnvironmentVariable> variables = new ArrayList<>();
        for (EnvironmentVariable variable : environment.variables()) {
            if (!variable.secret()) {
                variables.add(variable);
                continue;
            }
            String value = "";
            try {
                value = secrets.read(secretKey(environment.name(), variable.name())).orElse("");
            } catch (SecretStoreException e) {
                problems.add("The secret {{" + variable.name() + "}} of " + environment.name() + " could not be read: " + e.getMessage());
            }
            variables.add(new EnvironmentVariable(variable.name(), value, true));
        }
        return new Environment(environment.name(), variables, environment.authProfile());
    }

    private void storeSecrets(Environment environment) throws StorageException {
        try {
            for (EnvironmentVariable variable : environment.variables()) {
                if (variable.secret() && !variable.name().isEmpty()) {
                    secrets.write(secretKey(environment.name(), variable.name()), variable.value());
                }
            }
        } catch (SecretStoreException e) {
            throw new StorageException(StorageException.Reason.FAILED, e.getMessage());
        }
    }

    private void removeUnusedSecrets(Environment old, Environment now) {
        if (old == null) {
            return;
        }
        Set<String> kept = new HashSet<>();
        if (now != null) {
            now.variables().stream().filter(EnvironmentVariable::secret).forEach(v -> kept.add(secretKey(now.name(), v.name())));
        }
        for (EnvironmentVariable variable : old.variables()) {
            String key = secretKey(old.name(), variable.name());
            if (variable.secret() && !kept.contains(key)) {
                try {
                    secrets.delete(key);
                } catch (SecretStoreException e) {
                    // an unused secret left behind is harmless; the environment itself is saved
                }
            }
        }
    }

    private void checkSavable(SavedRequest request) throws StorageException {
        safeName(request.name());
        List<Header> headers = request.headers().stream().map(h -> new Header(h.name(), h.value())).toList();
        List<QueryParam> query = new ArrayList<>(QueryString.parse(request.url()));
        query.addAll(request.disabledQuery()); // a row switched off is still written to the file
        List<String> found = literalSecrets.inRequest(QueryString.join(request.url(), query), headers, request.body());
        if (!found.isEmpty()) {
            throw new StorageException(StorageException.Reason.REFUSED, "Not saved: " + String.join(", ", found)
                    + (found.size() == 1 ? " holds" : " hold") + " a credential, and xinspect never writes secrets into"
                    + " workspace files. Use a credential profile (Auth tab) or a secret environment variable such as {{token}}.");
        }
    }

    private void inCollection(Path folder) throws StorageException {
        this.folder.resolve(folder); // a path that leaves the workspace is refused before anything is written
        if (!folder.normalize().startsWith(COLLECTIONS) || folder.normalize().getNameCount() < 2) {
            throw new StorageException(StorageException.Reason.REFUSED, "A request is kept in a collection; pick or name one.");
        }
    }

    private static String safeName(String name) throws StorageException {
        try {
            return SafeFileName.encode(name);
        } catch (IllegalArgumentException e) {
            throw new StorageException(StorageException.Reason.REFUSED, "Give it a name first.");
        }
    }

    /** A fresh workspace gets a .gitignore for xinspect's own files; an existing one is never touched. */
    private void newWorkspaceGitignore() throws IOException {
        Path root = folder.root();
        if (!Files.exists(root.resolve(".gitignore")) && !Files.exists(folder.resolve(COLLECTIONS))
                && !Files.exists(folder.resolve(ENVIRONMENTS))) {
            try {
                AtomicFile.write(root.resolve(".gitignore"), GITIGNORE);
            } catch (IOException e) {
                throw StorageException.of(e, root);
            }
        }
    }

    private boolean taken(Path parent, String name) throws IOException {
        return children(parent).stream().anyMatch(p -> p.getFileName().toString().equalsIgnoreCase(name));
    }

    /** Visible entries of a folder (relative paths), sorted; hidden, temp and set-aside files left out. */
    private List<Path> children(Path dir) throws IOException {
        Path absolute = folder.resolve(dir);
        List<Path> children = new ArrayList<>();
        if (!Files.isDirectory(absolute)) {
            return children;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(absolute)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".") && !AtomicFile.isSetAside(entry)) {
                    children.add(dir.resolve(name));
                }
            }
        }
        children.sort(Comparator.comparing(Path::toString));
        return children;
    }

    private static boolean isRequestFile(Path file) {
        return file.getFileName().toString().endsWith(EXTENSION);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return SafeFileName.decode(name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name);
    }

    private <T> T write(FolderWork<T> work) throws StorageException {
        try {
            return work.run();
        } catch (StorageException e) {
            throw e;
        } catch (WorkspaceJson.Unreadable e) {
            throw new StorageException(StorageException.Reason.FAILED, "The file could not be read (" + e.getMessage() + ").");
        } catch (IOException e) {
            throw StorageException.of(e, folder.root());
        }
    }

    @FunctionalInterface
    private interface FolderWork<T> {
        T run() throws IOException, WorkspaceJson.Unreadable;
    }

    @Override
    public void close() throws IOException {
        folder.close();
    }
}
