package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.diagnosis.Checklist;
import java.util.List;

/** A checklist as shown in the diagnosis panel: its id and title, and the tickable state of each item. */
public record ChecklistState(String id, String title, List<ChecklistItemState> items) {

    static ChecklistState of(Checklist checklist) {
        return new ChecklistState(checklist.id(), checklist.title(),
                checklist.items().stream().map(item -> new ChecklistItemState(checklist.id(), item)).toList());
    }
}
