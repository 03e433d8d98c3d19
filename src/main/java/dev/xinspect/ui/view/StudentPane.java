package dev.xinspect.ui.view;

import dev.xinspect.core.workshop.ExpectationResult;
import dev.xinspect.core.workshop.WorkshopLibrary;
import dev.xinspect.core.workshop.WorkshopStep;
import dev.xinspect.ui.viewmodel.StudentViewModel;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Student mode's side panel: the workshop, its current step, Start step, the checks, hints and moving on. */
public final class StudentPane extends VBox {
    private static final String PRESENTER = "-fx-font-size: 1.6em;";

    /**
     * @param presenter the window's presenter mode: the step is shown large for the room
     * @param author opens authoring (a new workshop from a collection)
     */
    public StudentPane(StudentViewModel vm, ObservableBooleanValue presenter, Runnable author) {
        setId("studentPane");
        getStyleClass().add("student-pane");
        setSpacing(8);
        setPrefWidth(360);
        setStyle("-fx-padding: 8;");

        ComboBox<WorkshopLibrary.Entry> workshops = new ComboBox<>(vm.workshops());
        workshops.setId("workshopChoice");
        workshops.setPromptText("Choose a workshop");
        workshops.setMaxWidth(Double.MAX_VALUE);
        workshops.valueProperty().bindBidirectional(vm.workshopProperty());
        workshops.setCellFactory(list -> new WorkshopCell());
        workshops.setButtonCell(new WorkshopCell());

        Label position = label("stepPosition", "muted");
        position.textProperty().bind(vm.positionProperty());
        Label title = label("stepTitle", "title-3");
        VBox instructions = new VBox(4);
        instructions.setId("stepInstructions");
        Label findOut = label("stepFindOut", "find-out");
        vm.stepProperty().addListener((obs, old, step) -> show(step, title, instructions, findOut));

        Button start = Buttons.of("Start step", "startStep", vm::startStep);
        start.disableProperty().bind(vm.stepProperty().isNull());
        Button hint = Buttons.of("Hint", "revealHint", vm::revealHint);
        hint.disableProperty().bind(vm.canRevealHintProperty().not());
        Button previous = Buttons.of("Previous", "previousStep", vm::previousStep);
        Button next = Buttons.of("Next step", "nextStep", vm::nextStep);
        next.disableProperty().bind(vm.canGoNextProperty().not());
        HBox buttons = new HBox(6, start, hint, previous, next);

        VBox checks = new VBox(2);
        checks.setId("stepChecks");
        vm.results().addListener((javafx.collections.ListChangeListener<ExpectationResult>) change ->
                checks.getChildren().setAll(vm.results().stream().map(StudentPane::checkLine).toList()));
        VBox hints = new VBox(2);
        hints.setId("stepHints");
        vm.hints().addListener((javafx.collections.ListChangeListener<String>) change ->
                hints.getChildren().setAll(java.util.stream.IntStream.range(0, vm.hints().size())
                        .mapToObj(i -> label("", "hint", "Hint " + (i + 1) + ": " + vm.hints().get(i))).toList()));
        Label message = label("studentMessage", "muted");
        message.textProperty().bind(vm.messageProperty());

        VBox step = new VBox(6, position, title, instructions, findOut, message, checks, hints);
        ScrollPane scroll = new ScrollPane(step);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button authoring = Buttons.of("New workshop from collection…", "authorWorkshop", author);
        getChildren().addAll(workshops, buttons, scroll, authoring);
        presenter.addListener((obs, old, on) -> step.setStyle(on ? PRESENTER : ""));
        step.setStyle(presenter.get() ? PRESENTER : "");
    }

    private static Label checkLine(ExpectationResult result) {
        return label("", result.holds() ? "check-holds" : "check-fails", result.line());
    }

    private static void show(WorkshopStep step, Label title, VBox instructions, Label findOut) {
        title.setText(step == null ? "" : step.title());
        instructions.getChildren().setAll(step == null ? java.util.List.of() : MarkdownPreview.of(step.instructions()));
        findOut.setText(step == null || step.findOut().isEmpty() ? "" : "Find out: " + step.findOut());
    }

    private static Label label(String id, String style) {
        return label(id, style, "");
    }

    private static Label label(String id, String style, String text) {
        Label label = new Label(text);
        if (!id.isEmpty()) {
            label.setId(id);
        }
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }


    private static final class WorkshopCell extends ListCell<WorkshopLibrary.Entry> {
        @Override
        protected void updateItem(WorkshopLibrary.Entry item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.workshop().title() + (item.builtIn() ? "" : "  (workspace)"));
        }
    }
}
