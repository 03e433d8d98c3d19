package dev.xinspect.core.workshop;

import dev.xinspect.core.auth.profile.SandboxProfileBook;
import dev.xinspect.core.workspace.CollectionFolder;
import java.util.ArrayList;
import java.util.List;

/**
 * A first draft of a workshop from a collection: one step per saved request (folders in order), each referring to its
 * request, with the request's description as instructions. What the student should find out and the expectations are
 * left for the teacher to fill in: a step without expectations never passes, so a draft cannot pretend to be done.
 */
public final class WorkshopDrafter {

    public Workshop fromCollection(CollectionFolder collection, String name) {
        List<WorkshopStep> steps = new ArrayList<>();
        addSteps(collection, steps);
        return new Workshop(name, collection.name(), "", steps);
    }

    private static void addSteps(CollectionFolder folder, List<WorkshopStep> steps) {
        for (CollectionFolder.RequestEntry entry : folder.requests()) {
            String saved = entry.path().toString().replace('\\', '/');
            steps.add(new WorkshopStep(entry.name(), entry.request().description(), "normal",
                    new StepRequest(saved, "", "", List.of(), "", authOf(entry.request().authProfile())), "", List.of(), List.of()));
        }
        folder.folders().forEach(sub -> addSteps(sub, steps));
    }

    /** The sandbox's own profiles map to their identities; a user's own profile means nothing in a lesson. */
    static StepAuth authOf(String profile) {
        return switch (profile) {
            case SandboxProfileBook.APP_ONLY -> StepAuth.APP_ONLY;
            case SandboxProfileBook.OAUTH1_USER -> StepAuth.OAUTH1_USER;
            case SandboxProfileBook.OAUTH2_USER -> StepAuth.OAUTH2_USER;
            default -> StepAuth.NONE;
        };
    }
}
