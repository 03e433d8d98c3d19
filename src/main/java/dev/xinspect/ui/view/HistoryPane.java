package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.ExportViewModel;
import dev.xinspect.ui.viewmodel.HistoryItem;
import dev.xinspect.ui.viewmodel.HistoryViewModel;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** History: search, double-click to reopen, select two and Compare, select some and export them as HAR. */
public final class HistoryPane extends VBox {

    public HistoryPane(HistoryViewModel vm, List<String> stylesheets) {
        this(vm, null, stylesheets);
    }

    /** @param export exports the selected entries as HAR; null leaves the button out */
    public HistoryPane(HistoryViewModel vm, ExportViewModel export, List<String> stylesheets) {
        setId("historyPane");
        setSpacing(6);
        getStyleClass().add("pane-header");
        TextField search = new TextField();
        search.setPromptText("Search history");
        search.textProperty().bindBidirectional(vm.queryProperty());
        ListView<HistoryItem> list = new ListView<>(vm.entries());
        list.setId("historyList");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label("Sent requests appear here."));
        list.setOnMouseClicked(e -> {
            HistoryItem item = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null) {
                vm.reopen(item);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button compare = new Button("Compare two");
        compare.setId("compareButton");
        compare.disableProperty().bind(Bindings.size(list.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        compare.setOnAction(e -> vm.compare(List.copyOf(list.getSelectionModel().getSelectedItems()))
                .thenAccept(found -> found.ifPresent(comparison -> new CompareWindow(getScene().getWindow(), comparison, stylesheets).show())));
        HBox buttons = new HBox(6, compare);
        if (export != null) {
            Button har = new Button("Export selected as HAR…");
            har.setId("exportHarButton");
            har.disableProperty().bind(Bindings.isEmpty(list.getSelectionModel().getSelectedItems()));
            har.setOnAction(e -> exportHar(vm, export, List.copyOf(list.getSelectionModel().getSelectedItems())));
            buttons.getChildren().add(har);
        }
        Label problem = new Label();
        problem.setId("historyProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("note");
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label title = new Label("History");
        title.getStyleClass().add("section-heading");
        getChildren().addAll(title, search, problem, list, buttons);
        setPrefWidth(260);
    }

    private void exportHar(HistoryViewModel vm, ExportViewModel export, List<HistoryItem> selected) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as HAR");
        chooser.setInitialFileName("xinspect.har");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HAR files", "*.har"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            vm.exchanges(selected).thenCompose(exchanges -> export.exportHar(exchanges, file.toPath()))
                    .thenAccept(done -> {
                        if (done) {
                            Alert info = new Alert(Alert.AlertType.INFORMATION, export.messageProperty().get());
                            info.setHeaderText(null);
                            Look.own(info, getScene().getWindow());
                            info.show();
                        } else {
                            new Banner(getScene()).show(export.messageProperty().get());
                        }
                    });
        }
    }
}
