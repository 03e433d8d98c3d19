package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.app.UiWiring;
import dev.xinspect.app.XinspectApp;
import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.ui.viewmodel.AuthOption;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Auth tab, driven like a user: sign in with PKCE against the sandbox and send, follow the signer, add a profile. */
@ExtendWith(ApplicationExtension.class)
class AuthTabTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private UiWiring wiring;
    private Path config;

    @Start
    void start(Stage stage) throws Exception {
        config = Files.createTempDirectory("xinspect-auth-test");
        System.setProperty("xinspect.config.dir", config.toString());
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wiring = new UiWiring(CoreWiring.forThisMachine(), this::approveInTheBrowser,
                SandboxOptions.defaults().withRedirectUri("http://127.0.0.1:" + port + "/callback"));
        InspectorViewModel inspector = wiring.inspector();
        new MainWindow(stage, inspector, url -> { }, XinspectApp.workbenchNodes(wiring, inspector, stage));
        stage.show();
    }

    @AfterEach
    void closeWiring() throws Exception {
        FxToolkit.cleanupStages(); // dialogs opened here must not cover the next test's window
        wiring.close();
        System.setProperty("xinspect.config.dir", Path.of("target", "test-config").toAbsolutePath().toString());
    }

    /** The user's browser: on the sandbox's consent page they click "Authorize app", and it follows the redirect. */
    private void approveInTheBrowser(URI page) {
        http.sendAsync(HttpRequest.newBuilder(URI.create(page + "&approve=yes")).build(), HttpResponse.BodyHandlers.ofString())
                .thenAccept(approved -> http.sendAsync(HttpRequest.newBuilder(
                        URI.create(approved.headers().firstValue("location").orElseThrow())).build(), HttpResponse.BodyHandlers.discarding()));
    }

    private void openAuthTabWith(FxRobot robot, String profile) {
        // Drag the request/response split down, as a user does, so the Auth tab's buttons are on screen to click.
        robot.interact(() -> robot.lookup("#requestResponseSplit").queryAs(javafx.scene.control.SplitPane.class).setDividerPositions(0.85));
        robot.interact(() -> robot.lookup(".tab-pane").queryAll().stream().map(TabPane.class::cast)
                .filter(p -> p.getTabs().stream().anyMatch(t -> t.getText().equals("Auth"))).findFirst().orElseThrow()
                .getSelectionModel().select(3));
        try { // the tab's content joins the scene at the next pulse, later than that under load
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#authChoice").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The Auth tab shows no profile picker", e);
        }
        @SuppressWarnings("unchecked")
        ComboBox<AuthOption> choice = robot.lookup("#authChoice").queryAs(ComboBox.class);
        robot.interact(() -> choice.getSelectionModel().select(
                choice.getItems().stream().filter(o -> o.label().equals(profile)).findFirst().orElseThrow()));
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void signingInWithPkceGivesATokenTheNextSendUses(FxRobot robot) throws Exception {
        openAuthTabWith(robot, "Sandbox user: OAuth 2.0 (PKCE)");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#authStatus").endsWith("not signed in."));

        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#authStatus").contains("signed in, the access token expires in"));
        robot.interact(() -> robot.lookup("#url").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class).replaceText("{{baseUrl}}/2/users/me"));
        robot.clickOn("#sendButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#statusTitle").equals("200 OK"));

        robot.clickOn("#handshakeSteps");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#signInSteps").tryQuery().isPresent());
        ListView<?> steps = robot.lookup("#signInSteps").queryAs(ListView.class);
        assertEquals(7, steps.getItems().size());
        robot.interact(() -> steps.getSelectionModel().select(5));
        String call = robot.lookup("#stepCall").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(call.startsWith("POST http://127.0.0.1:"), call);
        assertTrue(call.contains("code_verifier=redacted:pkce-verifier"), call);
    }

    @Test
    void theSignatureStepsFollowTheRequestBeingEdited(FxRobot robot) throws Exception {
        openAuthTabWith(robot, "Sandbox user: OAuth 1.0a");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#signatureSteps").queryButton().isVisible());
        robot.clickOn("#signatureSteps");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".base-url").tryQuery().isPresent()
                && robot.lookup(".base-params").queryAs(Text.class).getText().contains("oauth_consumer_key%3DsandboxConsumerKey"));

        robot.interact(() -> robot.lookup("#url").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class).replaceText("{{baseUrl}}/2/users/me?user.fields=created_at"));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".base-url").queryAs(Text.class).getText()
                .endsWith("%2F2%2Fusers%2Fme"));
        assertTrue(robot.lookup(".base-params").queryAs(Text.class).getText().contains("user.fields%3Dcreated_at"));
    }

    @Test
    void aNewProfileIsSavedWithItsSecretInTheStoreOnly(FxRobot robot) throws Exception {
        openAuthTabWith(robot, "Sandbox App: app-only Bearer");
        robot.clickOn("#newProfile");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#profileName").tryQuery().isPresent());
        robot.clickOn("#profileName").write("Workshop bot");
        robot.interact(() -> robot.lookup("#profileMode").queryAs(ComboBox.class).getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#bearerToken").queryAs(TextField.class).setText("AAAAAAAAAAAAAAAAAAAAACanaryBearer0123456789"));
        robot.clickOn("#saveProfile");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> String.valueOf(robot.lookup("#authChoice").queryAs(ComboBox.class).getValue())
                .equals("Workshop bot"));
        assertEquals("OAuth 2.0 app-only: Bearer token stored.", text(robot, "#authStatus"));
        assertFalse(Files.readString(config.resolve("profiles.json")).contains("CanaryBearer"));
        assertTrue(Files.readString(config.resolve("secrets.json")).contains("CanaryBearer"));
    }

    @Test
    void theSandboxUsersOauth1KeysSignEachRequestAsItIsSent(FxRobot robot) throws Exception {
        openAuthTabWith(robot, "Sandbox user: OAuth 1.0a");
        robot.interact(() -> robot.lookup("#url").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class).replaceText("{{baseUrl}}/2/users/me"));

        robot.clickOn("#sendButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#statusTitle").equals("200 OK"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#rateLimitGauge").contains(" left (15-minute window, user · "));
        String first = text(robot, "#rateLimitGauge");
        robot.clickOn("#sendButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !text(robot, "#rateLimitGauge").split(" of ")[0].equals(first.split(" of ")[0]));
        assertEquals("200 OK", text(robot, "#statusTitle"), "a second request gets a fresh nonce, not a replay refusal");
    }
}
