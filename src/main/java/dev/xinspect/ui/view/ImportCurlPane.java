package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.ImportCurlViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Import curl editor: a multi-line, monospaced area that keeps every character pasted (tabs, line breaks), and
 * beside it the request it sends and the notes, updated as the text changes, before Import.
 */
final class ImportCurlPane extends VBox {
    ImportCurlPane(ImportCurlViewModel vm, Runnable close) {
        super(6);
        setId("importCurlPane");
        TextArea command = new TextArea();
        command.setId("curlCommand");
        command.getStyleClass().add("monospace");
        command.setStyle("-fx-font-family: monospace;");
        command.setPromptText("Paste a curl command: bash, Windows cmd (^) or PowerShell (`); line continuations and quotes are read as the shell reads them.");
        command.textProperty().bindBidirectional(vm.commandProperty());
        TextArea preview = new TextArea();
        preview.setId("curlPreview");
        preview.setEditable(false);
        preview.setStyle("-fx-font-family: monospace;");
        preview.textProperty().bind(vm.previewProperty());
        SplitPane split = new SplitPane(command, preview);
        split.setPrefSize(900, 320);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label error = new Label();
        error.setId("curlError");
        error.setWrapText(true);
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ListView<String> notes = new ListView<>(vm.notes());
        notes.setId("curlNotes");
        notes.setPrefHeight(90);
        CheckBox secret = new CheckBox();
        secret.setId("curlMoveSecret");
        secret.textProperty().bind(vm.secretOfferProperty());
        secret.selectedProperty().bindBidirectional(vm.moveToSecretProperty());
        secret.visibleProperty().bind(vm.secretOfferProperty().isNotEmpty());
        secret.managedProperty().bind(secret.visibleProperty());
        Button importButton = new Button("Import");
        importButton.setId("curlImport");
        importButton.setDefaultButton(false);
        importButton.disableProperty().bind(vm.canImportProperty().not());
        importButton.setOnAction(e -> {
            if (vm.importRequest()) {
                close.run();
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        getChildren().addAll(split, error, new Label("Notes"), notes, secret, new HBox(6, importButton, cancel));
    }
}
