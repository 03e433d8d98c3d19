package dev.xinspect.ui.view;

import javafx.scene.Scene;
import javafx.scene.control.Alert;

/** A plain-language message for a failure that has no better place in the window; never a stack trace. */
final class Banner {
    private final Scene scene;

    Banner(Scene scene) {
        this.scene = scene;
    }

    void show(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.setHeaderText(null);
        if (scene != null) {
            Look.own(alert, scene.getWindow());
        }
        alert.show();
    }
}
