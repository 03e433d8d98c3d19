package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.EnvironmentsViewModel;
import dev.xinspect.ui.viewmodel.VariableRow;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Edit environments: the list on the left, the chosen one's name and variables on the right; secret values are masked. */
final class EnvironmentsDialog extends Dialog<ButtonType> {

    EnvironmentsDialog(Window owner, EnvironmentsViewModel vm) {
        Look.own(this, owner);
        setTitle("Environments");
        setHeaderText("Variables fill {{name}} in the request. A secret's value is kept in the credential store, never in the file.");
        setResizable(true);
        ListView<String> list = new ListView<>(vm.names());
        list.setId("environmentList");
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.edit(now);
            }
        });
        TextField name = new TextField();
        name.setId("environmentName");
        name.textProperty().bindBidirectional(vm.editedNameProperty());
        name.disableProperty().bind(vm.editableProperty().not());
        javafx.scene.control.ComboBox<String> profile = new javafx.scene.control.ComboBox<>(vm.profileChoices());
        profile.setId("environmentProfile");
        profile.valueProperty().bindBidirectional(vm.editedAuthProfileProperty());
        profile.disableProperty().bind(vm.editableProperty().not());
        profile.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null || name.isEmpty() ? "(each request's own)" : name;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        Label profileLabel = new Label("Auth profile");
        profileLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox profileRow = new HBox(6, profileLabel, profile);
        profileRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        double em = Look.rootFontSizeOf(owner); // sized in em of the window's font: it grows with presenter mode
        TableView<VariableRow> table = variables(vm, em);
        Button add = Buttons.of("Add variable", "addVariable", vm::addRow);
        Button save = Buttons.of("Save", "saveEnvironment", vm::saveEdited);
        Button delete = Buttons.of("Delete environment", "deleteEnvironment", vm::deleteEdited);
        Button create = new Button("New environment…");
        create.setId("newEnvironment");
        create.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        create.setOnAction(e -> {
            TextInputDialog ask = new TextInputDialog();
            Look.own(ask, getDialogPane().getScene().getWindow());
            ask.setHeaderText("Name of the new environment:");
            ask.showAndWait().filter(n -> !n.isBlank()).ifPresent(vm::create);
        });
        for (Button button : new Button[] {add, save, delete}) {
            button.disableProperty().bind(vm.editableProperty().not());
        }
        Label error = new Label();
        error.setId("environmentError");
        error.setWrapText(true);
        error.getStyleClass().add("note");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty()); // an empty note showed as a bare coloured box
        error.managedProperty().bind(error.visibleProperty());
        Label missingText = new Label();
        missingText.setWrapText(true);
        missingText.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> "The request uses "
                + String.join(", ", vm.missingVariables().stream().map(n -> "{{" + n + "}}").toList()) + ", which this environment lacks.",
                vm.missingVariables()));
        Button addMissing = Buttons.of("Add them as secret variables", "addMissingVariables", vm::addMissingAsSecrets);
        HBox missing = new HBox(6, missingText, addMissing);
        missing.getStyleClass().add("warning-banner");
        missing.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.missingVariables()).and(vm.editableProperty()));
        missing.managedProperty().bind(missing.visibleProperty());
        missingText.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        addMissing.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        profile.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (Button button : new Button[] {add, save, delete}) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox editor = new VBox(6, name, profileRow, missing, table, new javafx.scene.layout.FlowPane(6, 6, add, save, delete), error);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(editor, Priority.ALWAYS);
        getDialogPane().setContent(new HBox(10, new VBox(6, list, create), editor));
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane().setPrefSize(52 * em, 32 * em);
        list.setPrefWidth(9 * em);
        list.getSelectionModel().select(vm.selectedProperty().get());
    }

    private static TableView<VariableRow> variables(EnvironmentsViewModel vm, double em) {
        TableView<VariableRow> table = new TableView<>(vm.rows());
        table.setId("variablesTable");
        table.editableProperty().bind(vm.editableProperty());
        TableColumn<VariableRow, String> name = new TableColumn<>("Variable");
        name.setCellValueFactory(cell -> cell.getValue().nameProperty());
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setPrefWidth(9 * em);
        name.setMinWidth(7 * em); // "Variable" whole in presenter mode
        TableColumn<VariableRow, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(cell -> cell.getValue().valueProperty());
        value.setCellFactory(column -> new MaskedCell());
        value.setPrefWidth(22 * em);
        TableColumn<VariableRow, Boolean> secret = new TableColumn<>("Secret");
        secret.setCellValueFactory(cell -> cell.getValue().secretProperty());
        secret.setCellFactory(CheckBoxTableCell.forTableColumn(secret));
        secret.setMinWidth(6 * em); // "Secret" and its tick stay whole
        table.getColumns().add(name);
        table.getColumns().add(value);
        table.getColumns().add(secret);
        return table;
    }

    /** A value cell that shows dots for a secret row until it is edited. */
    private static final class MaskedCell extends TextFieldTableCell<VariableRow, String> {
        MaskedCell() {
            super(new javafx.util.converter.DefaultStringConverter());
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            VariableRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row != null && row.isSecret() && !isEditing() && item != null && !item.isEmpty()) {
                setText("•".repeat(8));
            }
        }
    }
}
