package dev.xinspect.core.workshop;

import dev.xinspect.core.workspace.SavedRequest;
import dev.xinspect.core.workspace.SavedRequestFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Turns a step's request into the one to send: an inline request as written, a saved one read from the workspace. */
public final class SavedRequestResolver {
    private final Optional<Path> workspace;

    /** @param workspace the folder holding {@code collections/}; empty when the workshop is built in */
    public SavedRequestResolver(Optional<Path> workspace) {
        this.workspace = workspace;
    }

    public StepRequest resolve(StepRequest request) throws IOException {
        if (!request.isSaved()) {
            return request;
        }
        if (workspace.isEmpty()) {
            throw new IOException("The step refers to the saved request " + request.saved() + ", but there is no workspace to read it from.");
        }
        Path root = workspace.get().toAbsolutePath().normalize();
        Path file = root.resolve(request.saved()).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("The step refers to " + request.saved() + ", which is outside the workspace.");
        }
        SavedRequest saved;
        try {
            saved = SavedRequestFile.read(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("The step refers to the saved request " + request.saved() + ", which is not in the workspace.");
        }
        return StepRequest.inline(saved.method(), saved.url(), saved.headers().stream().filter(h -> h.enabled())
                .map(h -> new dev.xinspect.core.http.Header(h.name(), h.value())).toList(), saved.body(), request.auth());
    }
}
