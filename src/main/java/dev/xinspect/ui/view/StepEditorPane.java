package dev.xinspect.ui.view;

import dev.xinspect.core.workshop.Expectation;
import dev.xinspect.core.workshop.ExpectationKind;
import dev.xinspect.core.workshop.ExpectationResult;
import dev.xinspect.core.workshop.StepOutcome;
import dev.xinspect.ui.viewmodel.ExpectationDraftViewModel;
import dev.xinspect.ui.viewmodel.StepEditorViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected step of a workshop being authored, in four tabs: the step itself (title, scenario, instructions, what
 * to find out), its hints in the order a student reveals them, its expectations, and a preview as a student sees it
 * with the last rehearsal's checks.
 */
final class StepEditorPane extends TabPane {

    /** @param outcome the last rehearsal's outcome for the selected step, if there is one */
    StepEditorPane(StepEditorViewModel vm, ObservableList<String> scenarios, Supplier<Optional<StepOutcome>> outcome,
                   Observable rehearsalChanged) {
        setId("stepEditor");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().setAll(new Tab("Step", step(vm, scenarios)), new Tab("Hints", hints(vm)),
                new Tab("Expectations", expectations(vm)), new Tab("Preview", preview(vm, outcome, rehearsalChanged)));
    }

    private static Node step(StepEditorViewModel vm, ObservableList<String> scenarios) {
        TextField title = new TextField();
        title.setId("stepTitleField");
        title.textProperty().bindBidirectional(vm.titleProperty());
        ComboBox<String> scenario = new ComboBox<>(scenarios);
        scenario.setId("stepScenarioField");
        scenario.valueProperty().bindBidirectional(vm.scenarioProperty());
        TextArea instructions = new TextArea();
        instructions.setId("stepInstructionsField");
        instructions.setWrapText(true);
        instructions.textProperty().bindBidirectional(vm.instructionsProperty());
        VBox.setVgrow(instructions, Priority.ALWAYS);
        TextField findOut = new TextField();
        findOut.setId("stepFindOutField");
        findOut.textProperty().bindBidirectional(vm.findOutProperty());
        return padded(new VBox(6, new Label("Step title"), title, new Label("Sandbox scenario"), scenario,
                new Label("Instructions (Markdown)"), instructions, new Label("What the student should find out"), findOut));
    }

    private static Node hints(StepEditorViewModel vm) {
        ListView<String> list = new ListView<>(vm.hints());
        list.setId("stepHintsList");
        list.setCellFactory(view -> numbered(String::valueOf));
        VBox.setVgrow(list, Priority.ALWAYS);
        TextField typed = new TextField();
        typed.setId("newHintField");
        typed.setPromptText("A hint, revealed after the ones above");
        typed.textProperty().bindBidirectional(vm.newHintProperty());
        typed.setOnAction(e -> vm.addHint());
        HBox.setHgrow(typed, Priority.ALWAYS);
        Button add = Buttons.of("Add hint", "addHint", vm::addHint);
        Button remove = Buttons.of("Remove hint", "removeHint", () -> selected(list, vm::removeHint));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        return padded(new VBox(6, new Label("Hints, in the order the student reveals them"), list,
                new HBox(6, typed, add, remove)));
    }

    private static Node expectations(StepEditorViewModel vm) {
        ListView<Expectation> list = new ListView<>(vm.expectations());
        list.setId("stepExpectationsList");
        list.setCellFactory(view -> numbered(Expectation::label));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button edit = Buttons.of("Edit", "editExpectation", () -> selected(list, vm::editExpectation));
        Button remove = Buttons.of("Remove", "removeExpectation", () -> selected(list, vm::removeExpectation));
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(edit.disableProperty());
        return padded(new VBox(6, new Label("What the student's last exchange must show"), list, new HBox(6, edit, remove),
                expectationForm(vm.expectationDraft(), vm::addExpectation)));
    }

    private static Node expectationForm(ExpectationDraftViewModel draft, Runnable add) {
        ComboBox<ExpectationKind> kind = new ComboBox<>();
        kind.getItems().setAll(ExpectationKind.values());
        kind.setId("expectationKind");
        kind.valueProperty().bindBidirectional(draft.kindProperty());
        kind.setCellFactory(view -> kindCell());
        kind.setButtonCell(kindCell());
        TextField first = field("expectationFirst", draft.firstProperty());
        first.promptTextProperty().bind(draft.firstPromptProperty());
        TextField second = field("expectationSecond", draft.secondProperty());
        second.promptTextProperty().bind(draft.secondPromptProperty());
        second.visibleProperty().bind(draft.takesSecondProperty());
        second.managedProperty().bind(second.visibleProperty());
        first.setOnAction(e -> add.run());
        second.setOnAction(e -> add.run());
        Button addButton = Buttons.of("Add expectation", "addExpectation", add);
        Label problem = new Label();
        problem.setId("expectationProblem");
        problem.getStyleClass().add("check-fails");
        problem.setWrapText(true);
        problem.textProperty().bind(draft.problemProperty());
        FlowPane row = new FlowPane(6, 6, kind, first, second, addButton);
        return new VBox(4, row, problem);
    }

    private static Node preview(StepEditorViewModel vm, Supplier<Optional<StepOutcome>> outcome, Observable rehearsalChanged) {
        VBox preview = new VBox(6);
        preview.setId("studentPreview");
        Runnable draw = () -> preview.getChildren().setAll(studentView(vm, outcome.get()));
        for (Observable changes : List.of(vm.titleProperty(), vm.instructionsProperty(), vm.findOutProperty(), vm.hints(),
                vm.expectations(), rehearsalChanged)) {
            changes.addListener(observable -> draw.run());
        }
        draw.run();
        ScrollPane scroll = new ScrollPane(preview);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** What student mode shows for the step, and what the last rehearsal's exchange made of its checks. */
    private static List<Node> studentView(StepEditorViewModel vm, Optional<StepOutcome> outcome) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(wrapped(vm.titleProperty().get(), "title-3"));
        nodes.addAll(MarkdownPreview.of(vm.instructionsProperty().get()));
        if (!vm.findOutProperty().get().isBlank()) {
            nodes.add(wrapped("Find out: " + vm.findOutProperty().get(), "find-out"));
        }
        int hints = vm.hints().size();
        nodes.add(wrapped(hints == 1 ? "1 hint behind the Hint button" : hints + " hints behind the Hint button", "muted"));
        if (outcome.isEmpty()) {
            vm.expectations().forEach(e -> nodes.add(wrapped("○ " + e.label(), "muted")));
            nodes.add(wrapped("Check on the sandbox to see each check as a student's reference request meets it.", "muted"));
        } else if (!outcome.get().problem().isEmpty()) {
            nodes.add(wrapped("✗ " + outcome.get().problem(), "check-fails"));
        } else {
            for (ExpectationResult result : outcome.get().results()) {
                nodes.add(wrapped(result.line(), result.holds() ? "check-holds" : "check-fails"));
            }
        }
        return nodes;
    }

    private static <T> ListCell<T> numbered(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (getIndex() + 1) + ". " + text.apply(item));
            }
        };
    }

    private static ListCell<ExpectationKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ExpectationKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        };
    }

    private static void selected(ListView<?> list, IntConsumer action) {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            action.accept(index);
        }
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }


    private static VBox padded(VBox box) {
        box.setStyle("-fx-padding: 8;");
        return box;
    }
}
