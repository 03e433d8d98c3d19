package dev.xinspect.ui.view;

import dev.xinspect.core.workshop.StepOutcome;
import dev.xinspect.core.workshop.WorkshopStep;
import dev.xinspect.ui.viewmodel.AuthoringViewModel;
import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Authoring a workshop: a draft from a collection, steps reordered, each edited (instructions, scenario, hints,
 * expectations) beside a student's-eye preview, checked on a sandbox, saved and exported.
 */
public final class AuthoringWindow {
    private final Stage stage = new Stage();

    public AuthoringWindow(Window owner, AuthoringViewModel vm, List<String> stylesheets) {
        stage.initOwner(owner);
        stage.setTitle("New workshop from collection");
        ComboBox<String> collection = new ComboBox<>(vm.collections());
        collection.setId("authoringCollection");
        collection.setPromptText("Collection");
        Button draft = new Button("New workshop from collection");
        draft.setId("draftWorkshop");
        draft.disableProperty().bind(collection.valueProperty().isNull());
        draft.setOnAction(e -> vm.newFromCollection(collection.getValue()));
        TextField name = field("workshopName", vm.nameProperty().get());
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField title = field("workshopTitle", "");
        title.textProperty().bindBidirectional(vm.titleProperty());

        ListView<WorkshopStep> steps = new ListView<>(vm.steps());
        steps.setId("authoringSteps");
        steps.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                vm.selectedProperty().set(now.intValue());
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> steps.getSelectionModel().select(now.intValue()));
        Button up = Buttons.of("Move up", "", vm::moveUp);
        Button down = Buttons.of("Move down", "", vm::moveDown);

        StepEditorPane editor = new StepEditorPane(vm.editor(), vm.scenarios(), () -> outcomeOf(vm, vm.selectedProperty().get()),
                vm.rehearsal());
        steps.setCellFactory(list -> new StepCell(vm));
        vm.rehearsal().addListener((javafx.beans.InvalidationListener) changed -> steps.refresh());
        Button rehearse = Buttons.of("Check on the sandbox", "rehearseWorkshop", vm::rehearse);

        Button save = Buttons.of("Save in workspace", "", vm::save);
        Button export = Buttons.of("Export folder…", "", () -> {
            File parent = new DirectoryChooser().showDialog(stage);
            if (parent != null) {
                vm.export(parent.toPath());
            }
        });
        Label status = new Label();
        status.setId("authoringStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        HBox.setHgrow(editor, Priority.ALWAYS);
        VBox.setVgrow(steps, Priority.ALWAYS);
        VBox stepList = new VBox(6, steps, new HBox(6, up, down));
        stepList.setPrefWidth(300);
        HBox body = new HBox(8, stepList, editor);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox root = new VBox(8, new FlowPane(6, 6, collection, draft), new FlowPane(6, 6, new Label("File name"), name, new Label("Title"), title),
                body, new FlowPane(6, 6, rehearse, save, export), status);
        root.setStyle("-fx-padding: 10;");
        Scene scene = new Scene(root, 980, 640);
        Look.follow(scene, stylesheets);
        stage.setScene(scene);
        vm.loadCollections();
    }

    public void show() {
        stage.show();
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        return field;
    }


    private static Optional<StepOutcome> outcomeOf(AuthoringViewModel vm, int index) {
        return index >= 0 && index < vm.rehearsal().size() ? Optional.of(vm.rehearsal().get(index)) : Optional.empty();
    }

    /** A step by number and title, marked ✓ or ✗ after a rehearsal and flagged while it expects nothing. */
    private static final class StepCell extends ListCell<WorkshopStep> {
        private final AuthoringViewModel vm;

        StepCell(AuthoringViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(WorkshopStep item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String mark = outcomeOf(vm, getIndex()).map(outcome -> outcome.holds() ? "✓ " : "✗ ").orElse("");
            setText(mark + (getIndex() + 1) + ". " + item.title() + (item.expectations().isEmpty() ? "  (no expectations yet)" : ""));
        }
    }
}
