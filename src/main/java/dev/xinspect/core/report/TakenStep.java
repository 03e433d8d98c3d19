package dev.xinspect.core.report;

/** A troubleshooting step the user ticked in the diagnosis panel: its checklist and its text. */
public record TakenStep(String checklistId, String text) {
}
