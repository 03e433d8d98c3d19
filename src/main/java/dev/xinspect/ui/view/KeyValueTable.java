package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.KeyValueRow;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** An editable table of name/value rows with an on/off tick, for query parameters and headers. */
final class KeyValueTable extends VBox {

    KeyValueTable(String id, ObservableList<KeyValueRow> rows, String namePrompt) {
        TableView<KeyValueRow> table = new TableView<>(rows);
        table.setId(id);
        table.setEditable(true);
        table.setPrefHeight(130);
        TableColumn<KeyValueRow, Boolean> on = new TableColumn<>("");
        on.setCellValueFactory(cell -> cell.getValue().enabledProperty());
        on.setCellFactory(CheckBoxTableCell.forTableColumn(on));
        on.setPrefWidth(32);
        TableColumn<KeyValueRow, String> name = new TableColumn<>(namePrompt);
        name.setCellValueFactory(cell -> cell.getValue().nameProperty());
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setPrefWidth(220);
        TableColumn<KeyValueRow, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(cell -> cell.getValue().valueProperty());
        value.setCellFactory(TextFieldTableCell.forTableColumn());
        value.setPrefWidth(520);
        table.getColumns().add(on);
        table.getColumns().add(name);
        table.getColumns().add(value);
        Button add = new Button("Add");
        add.setOnAction(e -> rows.add(new KeyValueRow("", "")));
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            KeyValueRow selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                rows.remove(selected);
            }
        });
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        setSpacing(4);
        getChildren().addAll(table, new HBox(6, add, remove));
    }
}
