package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.CollectionsViewModel;
import dev.xinspect.ui.viewmodel.EnvironmentsViewModel;
import dev.xinspect.ui.viewmodel.ExportViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Above the request editor: the environment picker and its editor, Save (Ctrl+S), Save as, and the export menu. */
public final class RequestToolbar extends javafx.scene.layout.FlowPane {

    public RequestToolbar(CollectionsViewModel collections, EnvironmentsViewModel environments, ExportViewModel exports) {
        super(6, 4); // a narrow window wraps the bar instead of cutting its buttons
        setId("requestToolbar");
        getStyleClass().add("request-line");
        ComboBox<String> picker = new ComboBox<>(environments.names());
        picker.setId("environmentPicker");
        picker.valueProperty().bindBidirectional(environments.selectedProperty());
        Button edit = new Button("Edit environments…");
        edit.setId("editEnvironments");
        edit.setOnAction(e -> new EnvironmentsDialog(getScene().getWindow(), environments).show());

        Button save = new Button("Save");
        save.setId("saveButton");
        save.setOnAction(e -> save(collections));
        Button saveAs = new Button("Save as…");
        saveAs.setId("saveAsButton");
        saveAs.setOnAction(e -> SaveRequestDialog.show(getScene().getWindow(), collections, collections.currentNameProperty().get()));
        Label savedAs = new Label();
        savedAs.setId("savedAs");
        savedAs.getStyleClass().add("muted");
        savedAs.textProperty().bind(javafx.beans.binding.Bindings.when(collections.currentNameProperty().isEmpty())
                .then("not saved").otherwise(javafx.beans.binding.Bindings.concat("saved as ", collections.currentNameProperty())));

        Label copied = new Label();
        copied.setId("exportStatus");
        copied.getStyleClass().add("muted");
        MenuButton export = new MenuButton("Export");
        export.setId("exportMenu");
        for (ExportViewModel.Format format : ExportViewModel.Format.values()) {
            MenuItem item = new MenuItem("Copy as " + format.label());
            item.setId("copyAs" + format.name());
            item.setOnAction(e -> exports.command(format).ifPresentOrElse(command -> {
                ResponsePane.copyToClipboard(command);
                copied.setText("Copied as " + format.label() + " to the clipboard."); // a copy that says nothing looks like it failed
            }, () -> new Banner(getScene()).show(exports.messageProperty().get())));
            export.getItems().add(item);
        }
        getChildren().addAll(new Label("Environment"), picker, edit, new Separator(javafx.geometry.Orientation.VERTICAL),
                save, saveAs, savedAs, export, copied);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> save(collections));
            }
        });
    }

    /** Ctrl+S: over the saved request the editor came from, else ask where. */
    private void save(CollectionsViewModel collections) {
        if (collections.hasCurrent()) {
            collections.save();
        } else {
            SaveRequestDialog.show(getScene().getWindow(), collections, "");
        }
    }
}
