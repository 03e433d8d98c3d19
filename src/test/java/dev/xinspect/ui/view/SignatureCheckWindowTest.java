package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xinspect.core.auth.NonceLedger;
import dev.xinspect.core.auth.Oauth1Verifier;
import dev.xinspect.ui.viewmodel.SignatureCheckViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Check a signature: paste X's worked example header, press Check, read the verdict. */
@ExtendWith(ApplicationExtension.class)
class SignatureCheckWindowTest {
    @Start
    void start(Stage stage) {
        SignatureCheckViewModel vm = new SignatureCheckViewModel(new Oauth1Verifier(
                Clock.fixed(Instant.ofEpochSecond(1318622958L + 5), ZoneOffset.UTC), new NonceLedger()));
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        new SignatureCheckWindow(stage, vm, List.of()).show();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup("#" + id).queryTextInputControl().setText(text));
    }

    // X's "Authorizing a request" example header, as X documents it.
    @Test
    void xsDocumentedHeaderChecksOut(FxRobot robot) {
        type(robot, "checkHeader", "OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", "
                + "oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\", oauth_signature=\"Ls93hJiZbQ3akF3HF3x1Bz8%2FzU4%3D\", "
                + "oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1318622958\", "
                + "oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\", oauth_version=\"1.0\"");
        type(robot, "checkMethod", "POST");
        type(robot, "checkUrl", "https://api.x.com/1.1/statuses/update.json?include_entities=true");
        type(robot, "checkForm", "status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21");
        type(robot, "checkConsumerSecret", "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw");
        type(robot, "checkTokenSecret", "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");

        robot.clickOn("#checkSignature");

        assertEquals("The signature matches.", robot.lookup("#checkVerdict").queryAs(Label.class).getText());
    }
}
