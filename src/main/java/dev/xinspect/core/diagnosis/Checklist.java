package dev.xinspect.core.diagnosis;

import java.util.List;

/** A troubleshooting checklist from the knowledge base, identified by a stable id such as {@code usage-caps}. */
public record Checklist(String id, String title, List<ChecklistItem> items) {
    public Checklist {
        items = List.copyOf(items);
    }
}
