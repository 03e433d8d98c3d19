package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.RateLimitText;
import dev.xinspect.core.http.Exchange;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * The diagnosis panel: a status card, a rate-limit line, notes, one card per finding, and each linked checklist
 * with items the user can tick. Diagnosing runs on the worker; results land on the FX thread.
 */
public final class DiagnosisViewModel {
    private final Diagnoser diagnoser;
    private final RateLimitText rateLimitText;
    private final Executor worker;
    private final Executor fxThread;

    private final ReadOnlyObjectWrapper<Diagnosis> diagnosis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusMeaning = new ReadOnlyStringWrapper("");
    private final ReadOnlyListWrapper<String> statusTips = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper rateLimit = new ReadOnlyStringWrapper("");
    private final ReadOnlyListWrapper<String> notes = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<Finding> findings = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<ChecklistState> checklists =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private long generation;

    public DiagnosisViewModel(Diagnoser diagnoser, RateLimitText rateLimitText, Executor worker, Executor fxThread) {
        this.diagnoser = diagnoser;
        this.rateLimitText = rateLimitText;
        this.worker = worker;
        this.fxThread = fxThread;
    }

    public void show(Exchange exchange) {
        long current = ++generation;
        busy.set(true);
        CompletableFuture.supplyAsync(() -> diagnoser.diagnose(exchange), worker)
                .thenAcceptAsync(result -> {
                    if (current == generation) {
                        publish(result);
                    }
                }, fxThread);
    }

    /**
     * Shows a diagnosis made elsewhere (the stream console's "why did I miss a Post?") under its own title, with its
     * checklists to tick like any other.
     */
    public void showDiagnosis(Diagnosis shown, String title, String meaning) {
        generation++;
        publish(shown);
        statusTitle.set(title);
        statusMeaning.set(meaning);
        statusTips.clear();
    }

    public void clear() {
        generation++;
        diagnosis.set(null);
        statusTitle.set("");
        statusMeaning.set("");
        statusTips.clear();
        rateLimit.set("");
        notes.clear();
        findings.clear();
        checklists.clear();
        busy.set(false);
    }

    private void publish(Diagnosis result) {
        diagnosis.set(result);
        if (result.status() == null) {
            statusTitle.set("No response");
            statusMeaning.set("The request never got an answer; the findings below say why.");
            statusTips.clear();
        } else {
            statusTitle.set(result.status().code() + " " + result.status().text());
            statusMeaning.set(result.status().meaning());
            statusTips.setAll(result.status().tips());
        }
        rateLimit.set(result.pressingRateLimit().map(rateLimitText::describe).orElse(""));
        notes.setAll(result.notes());
        findings.setAll(result.findings());
        checklists.setAll(result.checklists().stream().map(ChecklistState::of).toList());
        busy.set(false);
    }

    /** The items the user has ticked, in panel order: "steps taken" for a forum post. */
    public List<ChecklistItemState> tickedItems() {
        return checklists.stream().flatMap(c -> c.items().stream()).filter(ChecklistItemState::isTicked).toList();
    }

    public ReadOnlyObjectProperty<Diagnosis> diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTitleProperty() {
        return statusTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusMeaningProperty() {
        return statusMeaning.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<String> statusTipsProperty() {
        return statusTips.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateLimitProperty() {
        return rateLimit.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<String> notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<Finding> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<ChecklistState> checklistsProperty() {
        return checklists.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
