package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.HistoryItem;
import dev.xinspect.ui.viewmodel.HistoryViewModel;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** History: search, double-click to reopen, select two and Compare. */
public final class HistoryPane extends VBox {

    public HistoryPane(HistoryViewModel vm, List<String> stylesheets) {
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
                .ifPresent(comparison -> new CompareWindow(getScene().getWindow(), comparison, stylesheets).show()));
        Label title = new Label("History");
        title.getStyleClass().add("section-heading");
        getChildren().addAll(title, search, list, compare);
        setPrefWidth(260);
    }
}
