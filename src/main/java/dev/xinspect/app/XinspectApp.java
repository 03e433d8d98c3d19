package dev.xinspect.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: asks {@link Wiring} for the main window and shows it. */
public final class XinspectApp extends Application {

    static void launchWindow(String[] args) {
        Application.launch(XinspectApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("xinspect");
        stage.setScene(new Scene(new Label("xinspect"), 1200, 800));
        stage.show();
    }
}
