package dev.xinspect.ui.view;

import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.ui.viewmodel.ChecklistItemState;
import dev.xinspect.ui.viewmodel.ChecklistState;
import dev.xinspect.ui.viewmodel.DiagnosisViewModel;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The diagnosis beside the response: a status card, the rate-limit line, notes, one card per finding with its
 * fields, and every linked checklist as ticks bound to the view model.
 */
public final class DiagnosisPane extends ScrollPane {
    private final DiagnosisViewModel vm;
    private final Consumer<String> openLink;
    private final VBox findings = new VBox(8);
    private final VBox checklists = new VBox(12);
    private final VBox notes = new VBox(4);
    private final VBox tips = new VBox(2);

    public DiagnosisPane(DiagnosisViewModel vm, Consumer<String> openLink, Runnable draftForumPost) {
        this.vm = vm;
        this.openLink = openLink;
        setId("diagnosisPane");
        setFitToWidth(true);
        getStyleClass().add("diagnosis-pane");

        Label title = wrapping("status-title");
        title.setId("statusTitle");
        title.textProperty().bind(vm.statusTitleProperty());
        Label meaning = wrapping("status-meaning");
        meaning.textProperty().bind(vm.statusMeaningProperty());
        VBox statusCard = new VBox(6, title, meaning, tips);
        statusCard.getStyleClass().addAll("card", "status-card");
        statusCard.visibleProperty().bind(vm.statusTitleProperty().isNotEmpty());
        statusCard.managedProperty().bind(statusCard.visibleProperty());

        Label rateLimit = wrapping("rate-limit");
        rateLimit.setId("rateLimit");
        rateLimit.textProperty().bind(vm.rateLimitProperty());
        rateLimit.visibleProperty().bind(vm.rateLimitProperty().isNotEmpty());
        rateLimit.managedProperty().bind(rateLimit.visibleProperty());

        Label empty = wrapping("muted");
        empty.setText("Open or paste a response to see what went wrong and what to check.");
        empty.visibleProperty().bind(vm.statusTitleProperty().isEmpty());
        empty.managedProperty().bind(empty.visibleProperty());

        Label checklistHeading = heading("What to check");
        checklistHeading.visibleProperty().bind(vm.checklistsProperty().emptyProperty().not());
        checklistHeading.managedProperty().bind(checklistHeading.visibleProperty());

        javafx.scene.control.Button draft = new javafx.scene.control.Button("Draft forum post…");
        draft.setId("draftPostButton");
        draft.setOnAction(e -> draftForumPost.run());
        draft.visibleProperty().bind(vm.diagnosisProperty().isNotNull());
        draft.managedProperty().bind(draft.visibleProperty());

        VBox content = new VBox(10, empty, statusCard, rateLimit, notes, findings, checklistHeading, checklists, draft);
        content.getStyleClass().add("diagnosis-content");
        setContent(content);

        // A new response starts at its status card, not where the last one was scrolled to.
        vm.diagnosisProperty().addListener((obs, old, now) -> setVvalue(0));
        vm.statusTipsProperty().addListener((ListChangeListener<String>) c -> rebuildTips());
        vm.notesProperty().addListener((ListChangeListener<String>) c -> rebuildNotes());
        vm.findingsProperty().addListener((ListChangeListener<Finding>) c -> rebuildFindings());
        vm.checklistsProperty().addListener((ListChangeListener<ChecklistState>) c -> rebuildChecklists());
    }

    private void rebuildTips() {
        tips.getChildren().setAll(vm.statusTipsProperty().stream().map(tip -> (Node) wrapping("tip", "• " + tip)).toList());
    }

    private void rebuildNotes() {
        notes.getChildren().setAll(vm.notesProperty().stream().map(note -> (Node) wrapping("note", note)).toList());
    }

    private void rebuildFindings() {
        findings.getChildren().setAll(vm.findingsProperty().stream().map(this::findingCard).toList());
    }

    private void rebuildChecklists() {
        checklists.getChildren().setAll(vm.checklistsProperty().stream().map(this::checklistBox).toList());
    }

    private Node findingCard(Finding finding) {
        Label title = wrapping("finding-title", finding.title());
        Label type = wrapping("finding-type", dev.xinspect.ui.viewmodel.FindingCaption.of(finding));
        VBox card = new VBox(4, title, type);
        card.getStyleClass().addAll("card", "finding", "finding-" + finding.severity().name().toLowerCase(Locale.ROOT));
        if (!finding.detail().isBlank()) {
            card.getChildren().add(wrapping("finding-detail", finding.detail()));
        }
        if (!finding.fields().isEmpty()) {
            card.getChildren().add(fieldGrid(finding.fields()));
        }
        return card;
    }

    private static GridPane fieldGrid(Map<String, String> fields) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("field-grid");
        grid.setHgap(10);
        grid.setVgap(2);
        int row = 0;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            grid.addRow(row++, wrapping("field-name", field.getKey()), wrapping("field-value", field.getValue()));
        }
        return grid;
    }

    private Node checklistBox(ChecklistState checklist) {
        Label title = heading(checklist.title());
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(6, title);
        box.setId("checklist-" + checklist.id());
        box.setUserData(checklist.id());
        box.getStyleClass().addAll("card", "checklist");
        for (ChecklistItemState state : checklist.items()) {
            CheckBox tick = new CheckBox(state.item().text());
            tick.setWrapText(true);
            tick.setMnemonicParsing(false); // item texts hold underscores (max_results)
            tick.selectedProperty().bindBidirectional(state.tickedProperty());
            tick.getStyleClass().add("checklist-item");
            VBox item = new VBox(2, tick, wrapping("checklist-why", state.item().why()));
            if (!state.item().link().isEmpty()) {
                Hyperlink link = new Hyperlink(state.item().link());
                link.setWrapText(true); // a long address wraps instead of ending in "…"
                link.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                link.setOnAction(e -> openLink.accept(state.item().link()));
                item.getChildren().add(link);
            }
            box.getChildren().add(item);
        }
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    private static Label wrapping(String styleClass) {
        return wrapping(styleClass, "");
    }

    private static Label wrapping(String styleClass, String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
