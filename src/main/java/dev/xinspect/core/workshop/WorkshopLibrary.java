package dev.xinspect.core.workshop;

import dev.xinspect.core.storage.AtomicFile;
import dev.xinspect.core.storage.FileFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where workshops come from: the built-in ones ({@code dev/xinspect/workshops/}, listed in {@code index.json}) and
 * the workspace's {@code workshops/<name>.json}. A workspace workshop with a built-in's name comes first.
 */
public final class WorkshopLibrary {
    public static final String FOLDER = "workshops";
    private static final String RESOURCES = "/dev/xinspect/workshops/";

    private final WorkshopJson json = new WorkshopJson();
    private final Optional<Path> workspace;

    /** A workshop and, unless built in, the file it was read from. */
    public record Entry(Workshop workshop, Optional<Path> file) {
        public boolean builtIn() {
            return file.isEmpty();
        }

        /** Resolves the saved requests its steps refer to: the workspace the file lies in. */
        public SavedRequestResolver resolver() {
            return new SavedRequestResolver(file.map(WorkshopLibrary::workspaceOf));
        }
    }

    /** Everything readable, and one sentence per workshop file that is not. */
    public record Listing(List<Entry> entries, List<String> problems) {
    }

    /** @param workspace the workspace folder; empty for built-ins only */
    public WorkshopLibrary(Optional<Path> workspace) {
        this.workspace = workspace;
    }

    public List<Workshop> builtIns() {
        return builtInNames().stream().map(this::builtIn).toList();
    }

    /** A built-in workshop; the resources are part of the build, so one missing or broken is a bug, not user input. */
    private Workshop builtIn(String name) {
        try (InputStream in = WorkshopLibrary.class.getResourceAsStream(RESOURCES + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("The built-in workshop " + name + " is listed in index.json but missing.");
            }
            return json.read(in.readAllBytes(), name, "The built-in workshop " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnreadableWorkshopException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static List<String> builtInNames() {
        try (InputStream in = WorkshopLibrary.class.getResourceAsStream(RESOURCES + "index.json")) {
            List<String> names = new ArrayList<>();
            dev.xinspect.core.json.JsonLimits.mapper().readTree(in).path("workshops").forEach(n -> names.add(n.asText()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Listing list() {
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : workspaceFiles()) {
            try {
                entries.add(new Entry(read(file), Optional.of(file)));
            } catch (UnreadableWorkshopException e) {
                problems.add(e.getMessage());
            }
        }
        for (Workshop builtIn : builtIns()) {
            if (entries.stream().noneMatch(e -> e.workshop().name().equals(builtIn.name()))) {
                entries.add(new Entry(builtIn, Optional.empty()));
            }
        }
        return new Listing(entries, problems);
    }

    /** A workshop file (a path that exists), else a workspace or built-in workshop by name. */
    public Entry find(String nameOrFile) throws UnreadableWorkshopException {
        Path asFile = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".json") || Files.exists(asFile)) {
            return new Entry(read(asFile), Optional.of(asFile));
        }
        Optional<Path> inWorkspace = workspace.map(w -> w.resolve(FOLDER).resolve(nameOrFile + ".json")).filter(Files::isRegularFile);
        if (inWorkspace.isPresent()) {
            return new Entry(read(inWorkspace.get()), inWorkspace);
        }
        return builtInNames().stream().filter(nameOrFile::equals).findFirst().map(n -> new Entry(builtIn(n), Optional.<Path>empty()))
                .orElseThrow(() -> new UnreadableWorkshopException("There is no workshop named " + nameOrFile
                        + "; `xinspect workshop list` names them."));
    }

    public Workshop read(Path file) throws UnreadableWorkshopException {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        try {
            return json.read(Files.readAllBytes(file), name, file.toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UnreadableWorkshopException(file + " does not exist.");
        } catch (IOException e) {
            throw new UnreadableWorkshopException(file + " could not be read (" + FileFailure.reason(e) + ").");
        }
    }

    /** The folder holding {@code collections/} for a workshop file: above {@code workshops/}, else its own folder. */
    static Path workspaceOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent.getFileName() != null && parent.getFileName().toString().equals(FOLDER) ? parent.getParent() : parent;
    }

    private List<Path> workspaceFiles() {
        List<Path> files = new ArrayList<>();
        Optional<Path> folder = workspace.map(w -> w.resolve(FOLDER)).filter(Files::isDirectory);
        if (folder.isEmpty()) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.get(), "*.json")) {
            entries.forEach(p -> {
                if (!p.getFileName().toString().startsWith(".") && !AtomicFile.isSetAside(p)) {
                    files.add(p);
                }
            });
        } catch (IOException e) {
            return files;
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }
}
