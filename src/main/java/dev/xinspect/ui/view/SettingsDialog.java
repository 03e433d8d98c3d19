package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.SettingsViewModel;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Settings: timeouts, redirects, proxy, theme, font size, workspace folder. OK saves through the view model. */
final class SettingsDialog extends Dialog<ButtonType> {

    SettingsDialog(Window owner, SettingsViewModel vm) {
        Look.own(this, owner);
        setTitle("Settings");
        setHeaderText(null);
        Spinner<Integer> connect = spinner(1, 300, vm.connectTimeoutSecondsProperty().get());
        connect.valueProperty().addListener((obs, old, now) -> vm.connectTimeoutSecondsProperty().set(now));
        Spinner<Integer> response = spinner(1, 3600, vm.responseTimeoutSecondsProperty().get());
        response.valueProperty().addListener((obs, old, now) -> vm.responseTimeoutSecondsProperty().set(now));
        CheckBox redirects = new CheckBox("Follow redirects (up to 10, each shown with the response)");
        redirects.setId("followRedirects");
        redirects.setWrapText(true);
        redirects.selectedProperty().bindBidirectional(vm.followRedirectsProperty());
        TextField proxy = new TextField();
        proxy.setPromptText("none, or host:port");
        proxy.textProperty().bindBidirectional(vm.proxyProperty());
        ComboBox<String> theme = new ComboBox<>();
        theme.setId("themeChoice");
        theme.getItems().setAll(SettingsViewModel.THEMES);
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        Spinner<Integer> font = spinner(9, 32, vm.fontSizeProperty().get());
        font.valueProperty().addListener((obs, old, now) -> vm.fontSizeProperty().set(now));
        TextField workspace = new TextField();
        workspace.setPromptText("default: your config folder");
        workspace.textProperty().bindBidirectional(vm.workspaceFolderProperty());
        Label error = new Label();
        error.getStyleClass().add("note");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());

        Spinner<Integer> presenter = spinner(125, 200, vm.presenterPercentProperty().get());
        presenter.setId("presenterPercent");
        presenter.valueProperty().addListener((obs, old, now) -> vm.presenterPercentProperty().set(now));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("Connect timeout (s)"), connect);
        grid.addRow(1, label("Response timeout (s)"), response);
        grid.add(redirects, 1, 2);
        grid.addRow(3, label("Proxy"), proxy);
        grid.addRow(4, label("Theme"), theme);
        grid.addRow(5, label("Font size"), font);
        grid.addRow(6, label("Presenter mode size (%)"), presenter);
        grid.addRow(7, label("Workspace folder"), workspace);
        grid.add(error, 0, 8, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!vm.save()) {
                e.consume(); // keep the dialog open with the message
            }
        });
        setOnHidden(e -> vm.reset());
    }

    /** A field's name: never shortened, the field gives way. */
    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Spinner<Integer> spinner(int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, Math.max(min, Math.min(max, value)));
        spinner.setEditable(true);
        return spinner;
    }
}
