package dev.xinspect.ui.view;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help: the keyboard shortcuts, and About with the version and the licences of what xinspect is built on. */
final class HelpDialogs {
    static final String[][] SHORTCUTS = {
            {"Ctrl+Enter", "Send the request"},
            {"Ctrl+S", "Save the request (asks where the first time)"},
            {"Ctrl+O", "Open a response, HAR or exchange file"},
            {"Ctrl+Shift+V", "Paste a response"},
            {"Ctrl+F", "Find in the response body (Enter: next, Shift+Enter: previous, Esc: close)"},
            {"Ctrl+Shift+P", "Draft a forum post"},
            {"Ctrl+Shift+S", "Stream console"},
            {"Ctrl+,", "Settings"},
            {"F1", "Keyboard shortcuts"},
    };

    private static final String LICENCES = """
            xinspect — MIT licence.

            Built on:
            OpenJFX 21 — GPL v2 with the Classpath Exception
            RichTextFX, Flowless, ReactFX, UndoFX, WellBehavedFX — BSD 2-Clause
            AtlantaFX — MIT
            Ikonli — Apache 2.0
            Jackson — Apache 2.0
            java-jwt (Auth0) — MIT
            picocli — Apache 2.0
            The bundled Java runtime (installers) — GPL v2 with the Classpath Exception
            """;

    private HelpDialogs() {
    }

    static void shortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcutsGrid");
        grid.setHgap(16);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label keys = new Label(SHORTCUTS[i][0]);
            keys.getStyleClass().add("mono");
            grid.addRow(i, keys, new Label(SHORTCUTS[i][1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        Look.own(alert, owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    static void about(Window owner, String version) {
        TextArea text = new TextArea(LICENCES);
        text.setEditable(false);
        text.setPrefRowCount(12);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        Look.own(alert, owner);
        alert.setTitle("About xinspect");
        alert.setHeaderText("xinspect " + version + "\nAn X API request inspector");
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
