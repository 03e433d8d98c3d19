package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.CollectionNode;
import dev.xinspect.ui.viewmodel.CollectionsViewModel;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Save as: pick a collection or folder (or type a new collection's name) and a name, then the view model saves. */
final class SaveRequestDialog {
    private SaveRequestDialog() {
    }

    static void show(Window owner, CollectionsViewModel vm, String suggestedName) {
        List<CollectionNode> folders = vm.folders();
        ComboBox<String> where = new ComboBox<>();
        where.setId("saveCollection");
        where.setEditable(true);
        where.setPromptText("Collection (a new name makes one)");
        where.getItems().setAll(folders.stream().map(CollectionNode::name).toList());
        if (!folders.isEmpty()) {
            where.setValue(folders.get(0).name());
        }
        TextField name = new TextField(suggestedName);
        name.setId("saveName");
        name.setPromptText("Request name");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("In"), where);
        grid.addRow(1, new Label("Name"), name);

        Dialog<ButtonType> dialog = new Dialog<>();
        Look.own(dialog, owner);
        dialog.setTitle("Save request");
        dialog.setHeaderText("Saved as a plain JSON file in the workspace folder; secrets stay in the credential store.");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(button -> button == ButtonType.OK).ifPresent(button -> {
            String target = where.getEditor().getText() == null ? "" : where.getEditor().getText().strip();
            folders.stream().filter(f -> f.name().equals(target)).findFirst().ifPresentOrElse(
                    folder -> vm.saveAs(folder.path(), name.getText()),
                    () -> vm.saveInNewCollection(target, name.getText()));
        });
    }
}
