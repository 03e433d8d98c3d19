package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.interop.CollectionImporter;
import dev.xinspect.core.interop.ImportedCollection;
import dev.xinspect.core.interop.OpenApiCollection;
import dev.xinspect.core.interop.PostmanReader;
import dev.xinspect.core.interop.PostmanWriter;
import dev.xinspect.core.interop.UnreadableCollectionException;
import dev.xinspect.core.storage.AtomicFile;
import dev.xinspect.core.storage.FileFailure;
import dev.xinspect.core.storage.StorageException;
import dev.xinspect.core.workspace.CollectionFolder;
import dev.xinspect.core.workspace.Environment;
import dev.xinspect.core.workspace.WorkspaceContents;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Import and export of whole collections from the Collections tab: a Postman v2.1 file, an OpenAPI document or X's
 * built-in spec into the workspace (then the tree and environments reload), and a collection out as a Postman v2.1
 * file. The summary says what was imported and every note. Work runs on the worker; results on the FX thread.
 */
public final class CollectionTransferViewModel {
    /** Larger files are refused before reading: X's own collection is under 1 MB. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    /** The readers and the profiles an import and an export use. */
    public record Formats(PostmanReader postman, OpenApiCollection openApi, Supplier<String> builtInSpec,
                          Function<AuthMode, Optional<String>> profileFor, Function<String, Optional<AuthMode>> profileMode) {
    }

    private final Supplier<WorkspaceStore> store;
    private final Formats formats;
    private final Runnable reload;
    private final Executor worker;
    private final Executor fxThread;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** @param reload reloads the collections tree and the environments after an import */
    public CollectionTransferViewModel(Supplier<WorkspaceStore> store, Formats formats, Runnable reload, Executor worker, Executor fxThread) {
        this.store = store;
        this.formats = formats;
        this.reload = reload;
        this.worker = worker;
        this.fxThread = fxThread;
        summary.addListener((obs, old, text) -> {
            long notes = text.lines().count() - 1;
            String first = text.lines().findFirst().orElse("");
            headline.set(notes <= 0 ? first : first + " " + notes + (notes == 1 ? " note." : " notes."));
        });
    }

    /** A conversion of a file's text, or why it cannot. */
    @FunctionalInterface
    private interface Conversion {
        ImportedCollection convert(String text) throws UnreadableCollectionException;
    }

    public CompletableFuture<Boolean> importPostman(Path file) {
        return importFrom(() -> read(file), formats.postman()::read);
    }

    public CompletableFuture<Boolean> importOpenApi(Path file) {
        return importFrom(() -> read(file), text -> formats.openApi().read(text, file.getFileName().toString()));
    }

    /** X's API spec as shipped with xinspect, as a collection. */
    public CompletableFuture<Boolean> importXSpec() {
        return importFrom(formats.builtInSpec()::get, text -> formats.openApi().read(text, "X's API spec as shipped"));
    }

    /** The named collection (with the environment of the same name, if any) as a Postman v2.1 file. */
    public CompletableFuture<Boolean> exportPostman(String collection, Path file) {
        return run(() -> {
            WorkspaceContents contents = store.get().load();
            Optional<CollectionFolder> found = contents.collections().stream().filter(c -> c.name().equals(collection)).findFirst();
            if (found.isEmpty()) {
                return "There is no collection named " + collection + " any more; nothing was exported.";
            }
            Optional<Environment> variables = contents.environments().stream().filter(e -> e.name().equals(collection)).findFirst();
            AtomicFile.write(file, new PostmanWriter(formats.profileMode()).write(found.get(), variables));
            return "Exported " + collection + " as Postman v2.1 to " + file.getFileName() + (variables.isPresent()
                    ? ", with the variables of " + collection + " (secret ones empty)." : ".")
                    + " Its auth names {{variables}} such as {{bearer_token}}, never a credential.";
        }, false);
    }

    @FunctionalInterface
    private interface Work {
        String run() throws IOException, UnreadableCollectionException;
    }

    private CompletableFuture<Boolean> importFrom(Work text, Conversion conversion) {
        return run(() -> new CollectionImporter(store.get(), formats.profileFor()).write(conversion.convert(text.run())).text(), true);
    }

    private CompletableFuture<Boolean> run(Work work, boolean reloads) {
        busy.set(true);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new Outcome(true, work.run());
            } catch (UnreadableCollectionException e) {
                return new Outcome(false, "Not imported: " + e.getMessage());
            } catch (StorageException e) {
                return new Outcome(false, "Not done: " + e.getMessage());
            } catch (IOException e) {
                return new Outcome(false, "Not done: the file could not be read (" + FileFailure.reason(e) + ").");
            }
        }, worker).thenApplyAsync(outcome -> {
            busy.set(false);
            summary.set(outcome.text());
            if (outcome.done() && reloads) {
                reload.run();
            }
            return outcome.done();
        }, fxThread);
    }

    private record Outcome(boolean done, String text) {
    }

    private static String read(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException("the file is larger than 256 MB");
        }
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    public void dismiss() {
        summary.set("");
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The summary's first line and how many notes follow it, for the tab; the whole is {@link #summaryProperty()}. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
