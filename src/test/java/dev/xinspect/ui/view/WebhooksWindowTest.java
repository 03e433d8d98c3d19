package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.core.webhook.CrcResponder;
import dev.xinspect.core.webhook.ReceivedEvent;
import dev.xinspect.core.webhook.SignatureChecker;
import dev.xinspect.ui.viewmodel.WebhooksViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Webhooks window answers a CRC as typed and shows an event delivered to the sandbox's receiver. */
@ExtendWith(ApplicationExtension.class)
class WebhooksWindowTest {
    private Sandbox sandbox;

    @Start
    void start(Stage stage) throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        HttpSender sender = new HttpSender(HttpSender.defaultClient(Duration.ofSeconds(5)), Duration.ofSeconds(10), Clock.systemUTC(), "test");
        WebhooksViewModel vm = new WebhooksViewModel(new CrcResponder(), new SignatureChecker(), sandbox.webhookEvents(),
                sandbox.webhookUri().toString(), sandbox.credentials().consumerSecret(), sender::send, Runnable::run, Platform::runLater);
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        new WebhooksWindow(stage, vm, List.of()).show();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        sandbox.close();
    }

    @Test
    void typedTokenIsAnsweredAndADeliveredEventIsListedAsValid(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#crcToken").queryTextInputControl().setText("Message"));
        assertEquals(new CrcResponder().responseBody("Message", sandbox.credentials().consumerSecret()),
                robot.lookup("#crcResponse").queryAs(TextField.class).getText());

        robot.interact(() -> robot.lookup("#eventBody").queryTextInputControl().setText("{\"tweet_create_events\":[]}"));
        robot.clickOn("Sign body");
        robot.clickOn("#deliverEvent");

        ListView<?> events = robot.lookup("#receivedEvents").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.getItems().size() == 1);
        ReceivedEvent event = (ReceivedEvent) events.getItems().get(0);
        assertTrue(event.verdict().valid(), event.summary());
    }
}
