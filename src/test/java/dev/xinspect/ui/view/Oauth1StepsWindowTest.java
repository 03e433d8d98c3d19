package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.ui.viewmodel.Oauth1StepsViewModel;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The OAuth 1.0a steps view signs X's worked example as the user types it in. */
@ExtendWith(ApplicationExtension.class)
class Oauth1StepsWindowTest {
    private Oauth1StepsViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new Oauth1StepsViewModel(new Oauth1Signer(), () -> "n", () -> 1L);
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        new Oauth1StepsWindow(stage, vm, List.of()).show();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages(); // the steps window must not cover the next test's window
    }

    private void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup("#" + id).queryTextInputControl().setText(text));
    }

    @Test
    void typingXsWorkedExampleShowsEveryStepAndItsSignature(FxRobot robot) {
        type(robot, "oauthUrl", "https://api.x.com/1.1/statuses/update.json?include_entities=true");
        type(robot, "oauthForm", "status=Hello Ladies + Gentlemen, a signed OAuth request!"); // as X lists it: raw
        type(robot, "oauthConsumerKey", "xvz1evFS4wEEPTGEFPHBog");
        type(robot, "oauthConsumerSecret", "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw");
        type(robot, "oauthToken", "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb");
        type(robot, "oauthTokenSecret", "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");
        type(robot, "oauthNonce", "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg");
        type(robot, "oauthTimestamp", "1318622958");

        assertEquals("Ls93hJiZbQ3akF3HF3x1Bz8/zU4=", robot.lookup("#stepSignature").queryAs(TextArea.class).getText());
        assertTrue(robot.lookup("#stepParameterString").queryAs(TextArea.class).getText()
                .endsWith("&status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21"));
        assertEquals("<consumer secret, 43 chars>&<token secret, 41 chars>",
                robot.lookup("#stepSigningKey").queryAs(TextArea.class).getText());
        assertEquals(8, vm.parameters().size());
        assertEquals("As sent (percent-encoded): status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21",
                robot.lookup("#oauthFormOtherForm").queryAs(javafx.scene.control.Label.class).getText());
    }
}
