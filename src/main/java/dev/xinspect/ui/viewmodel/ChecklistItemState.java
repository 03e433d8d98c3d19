package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.diagnosis.ChecklistItem;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One checklist item on screen and whether the user has ticked it (the forum post lists ticked items). */
public final class ChecklistItemState {
    private final String checklistId;
    private final ChecklistItem item;
    private final BooleanProperty ticked = new SimpleBooleanProperty();

    public ChecklistItemState(String checklistId, ChecklistItem item) {
        this.checklistId = checklistId;
        this.item = item;
    }

    public String checklistId() {
        return checklistId;
    }

    public ChecklistItem item() {
        return item;
    }

    public BooleanProperty tickedProperty() {
        return ticked;
    }

    public boolean isTicked() {
        return ticked.get();
    }
}
