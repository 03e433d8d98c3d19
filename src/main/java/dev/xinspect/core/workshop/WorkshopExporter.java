package dev.xinspect.core.workshop;

import dev.xinspect.core.storage.AtomicFile;
import dev.xinspect.core.workspace.SavedRequestFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a workshop as one folder a teacher can hand out: itself a workspace ({@code workshops/<name>.json} plus the
 * saved requests its steps refer to, under their own paths) and a README saying how to open and check it.
 */
public final class WorkshopExporter {
    private final WorkshopJson json = new WorkshopJson();

    /** Exports into {@code parent/<name>}, which must not exist yet; returns that folder. */
    public Path export(Workshop workshop, Optional<Path> workspace, Path parent) throws IOException {
        Path folder = parent.resolve(workshop.name());
        if (Files.exists(folder)) {
            throw new IOException(folder + " already exists; pick another folder so nothing is overwritten.");
        }
        Files.createDirectories(folder.resolve(WorkshopLibrary.FOLDER));
        for (WorkshopStep step : workshop.steps()) {
            if (step.request().isSaved()) {
                if (workspace.isEmpty()) {
                    throw new IOException("The step " + step.title() + " refers to a saved request but there is no workspace to copy it from.");
                }
                Path target = folder.resolve(step.request().saved()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IOException("The step " + step.title() + " refers to a request outside the workspace.");
                }
                SavedRequestFile.write(target, SavedRequestFile.read(workspace.get().resolve(step.request().saved())));
            }
        }
        AtomicFile.write(folder.resolve(WorkshopLibrary.FOLDER).resolve(workshop.name() + ".json"), json.write(workshop), false);
        AtomicFile.write(folder.resolve("README.md"), "# " + workshop.title() + "\n\n" + workshop.introduction() + "\n\n"
                + "A workshop for xinspect. Open this folder as the workspace (Settings → Workspace folder), then pick \""
                + workshop.title() + "\" in the Workshop panel. Teachers can check every step against the sandbox with\n\n"
                + "    xinspect workshop check workshops/" + workshop.name() + ".json\n");
        return folder;
    }
}
