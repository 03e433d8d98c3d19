package dev.xinspect.core.diagnosis;

/** One step of a checklist: a short action, why it matters, and a docs link (empty when there is none). */
public record ChecklistItem(String text, String why, String link) {
    public ChecklistItem {
        link = link == null ? "" : link;
    }
}
