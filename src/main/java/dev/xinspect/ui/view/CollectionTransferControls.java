package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.CollectionTransferViewModel;
import java.io.File;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The Collections tab's Import menu, its Export as Postman button and the summary of what was imported. */
final class CollectionTransferControls {
    private final CollectionTransferViewModel vm;
    private final Supplier<Optional<String>> selectedCollection;

    CollectionTransferControls(CollectionTransferViewModel vm, Supplier<Optional<String>> selectedCollection) {
        this.vm = vm;
        this.selectedCollection = selectedCollection;
    }

    void addTo(VBox pane, FlowPane commands) {
        MenuItem postman = item("importPostmanItem", "Postman collection (v2.1)…", () -> choose(pane, "Import a Postman collection",
                "Postman collections", "*.json").ifPresent(file -> vm.importPostman(file.toPath())));
        MenuItem openApi = item("importOpenApiItem", "OpenAPI document…", () -> choose(pane, "Import an OpenAPI document",
                "OpenAPI JSON", "*.json").ifPresent(file -> vm.importOpenApi(file.toPath())));
        MenuItem xSpec = item("importXSpecItem", "X API spec (built in)", vm::importXSpec);
        MenuButton importMenu = new MenuButton("Import", null, postman, openApi, xSpec);
        importMenu.setId("importCollectionMenu");
        importMenu.disableProperty().bind(vm.busyProperty());
        Button export = new Button("Export as Postman…");
        export.setId("exportPostmanButton");
        export.disableProperty().bind(vm.busyProperty());
        export.setOnAction(e -> selectedCollection.get().ifPresentOrElse(name -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export " + name + " as a Postman collection");
            chooser.setInitialFileName(name + ".postman_collection.json");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Postman collections", "*.json"));
            File file = chooser.showSaveDialog(pane.getScene().getWindow());
            if (file != null) {
                vm.exportPostman(name, file.toPath());
            }
        }, () -> new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                "Select a collection (or anything in it) to export.").show()));
        commands.getChildren().addAll(importMenu, export);

        Label summary = new Label();
        summary.setId("importSummary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.headlineProperty());
        Button details = new Button("Details…");
        details.setId("importDetails");
        details.visibleProperty().bind(Bindings.notEqual(vm.headlineProperty(), vm.summaryProperty()));
        details.managedProperty().bind(details.visibleProperty());
        details.setOnAction(e -> showDetails(pane));
        Button dismiss = new Button("Dismiss");
        dismiss.setId("importSummaryDismiss");
        dismiss.setOnAction(e -> vm.dismiss());
        VBox box = new VBox(4, summary, new HBox(6, details, dismiss));
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.summaryProperty()));
        box.managedProperty().bind(box.visibleProperty());
        pane.getChildren().add(pane.getChildren().indexOf(commands), box);
    }

    private void showDetails(VBox pane) {
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(vm.summaryProperty().get());
        text.setId("importDetailsText");
        text.setEditable(false);
        text.setWrapText(true);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        Look.own(alert, pane.getScene().getWindow());
        alert.setTitle("Import");
        alert.setHeaderText(vm.headlineProperty().get());
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    private static Optional<File> choose(VBox pane, String title, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return Optional.ofNullable(chooser.showOpenDialog(pane.getScene().getWindow()));
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
