package dev.xinspect.ui.view;

import dev.xinspect.core.workshop.WorkshopStep;
import dev.xinspect.ui.viewmodel.AuthoringViewModel;
import java.io.File;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Authoring a workshop: a draft from a collection, steps reordered and edited beside a student's-eye preview. */
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
        steps.setCellFactory(list -> new StepCell());
        steps.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                vm.selectedProperty().set(now.intValue());
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> steps.getSelectionModel().select(now.intValue()));
        Button up = button("Move up", vm::moveUp);
        Button down = button("Move down", vm::moveDown);

        TextField stepTitle = field("stepTitleField", "");
        stepTitle.textProperty().bindBidirectional(vm.stepTitleProperty());
        TextArea instructions = new TextArea();
        instructions.setId("stepInstructionsField");
        instructions.setWrapText(true);
        instructions.textProperty().bindBidirectional(vm.instructionsProperty());
        TextField findOut = field("stepFindOutField", "");
        findOut.textProperty().bindBidirectional(vm.findOutProperty());
        VBox preview = new VBox(4);
        preview.setId("studentPreview");
        vm.instructionsProperty().addListener((obs, old, now) -> preview.getChildren().setAll(MarkdownPreview.of(now)));

        Button save = button("Save in workspace", vm::save);
        Button export = button("Export folder…", () -> {
            File parent = new DirectoryChooser().showDialog(stage);
            if (parent != null) {
                vm.export(parent.toPath());
            }
        });
        Label status = new Label();
        status.setId("authoringStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        VBox editor = new VBox(6, new Label("Step title"), stepTitle, new Label("Instructions (Markdown)"), instructions,
                new Label("What the student should find out"), findOut, new Label("As a student sees it"), new ScrollPane(preview));
        HBox.setHgrow(editor, Priority.ALWAYS);
        HBox body = new HBox(8, new VBox(6, steps, new HBox(6, up, down)), editor);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox root = new VBox(8, new HBox(6, collection, draft), new HBox(6, new Label("File name"), name, new Label("Title"), title),
                body, new HBox(6, save, export), status);
        root.setStyle("-fx-padding: 10;");
        Scene scene = new Scene(root, 980, 640);
        scene.getStylesheets().setAll(stylesheets);
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

    private static Button button(String text, Runnable action) {
        Button button = new Button(text);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static final class StepCell extends ListCell<WorkshopStep> {
        @Override
        protected void updateItem(WorkshopStep item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : (getIndex() + 1) + ". " + item.title()
                    + (item.expectations().isEmpty() ? "  (no expectations yet)" : ""));
        }
    }
}
