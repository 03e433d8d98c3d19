package dev.xinspect.app;

import dev.xinspect.cli.CollectionWorkspace;
import dev.xinspect.core.auth.profile.CredentialsUnavailableException;
import dev.xinspect.core.interop.CollectionImporter;
import dev.xinspect.core.interop.ImportedCollection;
import dev.xinspect.core.interop.PostmanWriter;
import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.storage.StorageException;
import dev.xinspect.core.workspace.CollectionFolder;
import dev.xinspect.core.workspace.Environment;
import dev.xinspect.core.workspace.WorkspaceContents;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The workspace and saved profiles behind {@code import postman|openapi} and {@code export --format postman}. */
final class CliCollections implements CollectionWorkspace {
    private final CoreWiring core;
    private final CliProfiles profiles;

    CliCollections(CoreWiring core, CliProfiles profiles) {
        this.core = core;
        this.profiles = profiles;
    }

    @Override
    public CollectionImporter.Summary importCollection(ImportedCollection collection, Optional<Path> folder) throws Unusable {
        Path root = folder.orElseGet(ConfigDirectory::workspaceForThisUser);
        try (WorkspaceStore store = open(root)) {
            return new CollectionImporter(store, mode -> {
                try {
                    return profiles.firstSavedOf(mode);
                } catch (CredentialsUnavailableException e) {
                    return Optional.empty(); // no profile to pick: the summary says to make one
                }
            }).write(collection);
        } catch (StorageException e) {
            throw new Unusable("the workspace in " + root + " could not be written: " + e.getMessage());
        } catch (IOException e) {
            throw new Unusable("the workspace in " + root + " could not be closed: " + e.getMessage());
        }
    }

    @Override
    public String exportPostman(String collection, Optional<String> environment, Optional<Path> folder) throws Unusable {
        Path root = folder.orElseGet(ConfigDirectory::workspaceForThisUser);
        WorkspaceContents contents;
        try (WorkspaceStore store = open(root)) {
            contents = store.load();
        } catch (IOException e) {
            throw new Unusable("the workspace in " + root + " could not be read: " + e.getMessage());
        }
        CollectionFolder found = contents.collections().stream().filter(c -> c.name().equals(collection)).findFirst()
                .orElseThrow(() -> new Unusable("no collection named " + collection + " in " + root + " (known: "
                        + String.join(", ", contents.collections().stream().map(CollectionFolder::name).toList()) + ")"));
        String variablesOf = environment.orElse(collection);
        Optional<Environment> variables = contents.environments().stream().filter(e -> e.name().equals(variablesOf)).findFirst();
        if (environment.isPresent() && variables.isEmpty()) {
            throw new Unusable("no environment named " + variablesOf + " in " + root);
        }
        return new PostmanWriter(name -> {
            try {
                return profiles.modeOf(name);
            } catch (CredentialsUnavailableException e) {
                return Optional.empty();
            }
        }).write(found, variables);
    }

    private WorkspaceStore open(Path root) {
        return new WorkspaceStore(root, core.secretStore(), new LiteralSecrets(core.redactor()), core.clock(), Duration.ofSeconds(10));
    }
}
