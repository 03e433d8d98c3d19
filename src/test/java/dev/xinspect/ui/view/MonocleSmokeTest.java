package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MonocleSmokeTest {
    private int clicks;

    @Start
    void start(Stage stage) {
        Button button = new Button("Send");
        button.setOnAction(e -> clicks++);
        stage.setScene(new Scene(button, 200, 100));
        stage.show();
    }

    @Test
    void clickReachesTheHandler(FxRobot robot) {
        robot.clickOn("Send");
        assertEquals(1, clicks);
    }
}
