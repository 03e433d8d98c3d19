package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.app.UiWiring;
import dev.xinspect.app.XinspectApp;
import dev.xinspect.ui.viewmodel.CollectionNode;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workspace through the window: save a request into a collection, restart on the same folder, reopen it from the
 * tree and send it to the sandbox; a corrupt request file is reported, set aside on disk, and the others still load.
 * Each test has its own config folder (settings, history, workspace); secrets stay in target/test-config.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceWindowTest {
    @TempDir
    Path config;
    private Stage stage;
    private UiWiring wiring;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // windows an earlier test left open (a stream console, a dialog) would sit over ours and take the clicks
        List.copyOf(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage).forEach(javafx.stage.Window::hide);
    }

    @AfterEach
    void closeWiring() throws Exception {
        FxToolkit.cleanupStages(); // dialogs opened here must not cover the next test's window
        if (wiring != null) {
            wiring.close();
        }
    }

    /** What XinspectApp builds: the workbench with the workspace bar, the sidebar with Collections and History. */
    private void open(FxRobot robot) {
        robot.interact(() -> {
            if (wiring != null) {
                wiring.close();
            }
            try {
                wiring = new UiWiring(CoreWiring.forThisMachine(), config);
                InspectorViewModel inspector = wiring.inspector();
                UiWiring.Workbench bench = wiring.workbenchWithWorkspace(inspector);
                MainWindow window = new MainWindow(stage, inspector, url -> { }, XinspectApp.workbenchNodes(wiring, bench, inspector, stage));
                window.enableSidebar(bench.collections(), bench.history(), bench.exports());
                stage.sizeToScene(); // an earlier test may have left the shared stage small
                stage.show();
                stage.toFront();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static TreeView<CollectionNode> tree(FxRobot robot) {
        return robot.lookup("#collectionsTree").queryAs(TreeView.class);
    }

    private static List<String> treeLabels(FxRobot robot) {
        List<String> labels = new java.util.ArrayList<>();
        tree(robot).getRoot().getChildren().forEach(collection -> {
            labels.add(collection.getValue().toString());
            collection.getChildren().forEach(child -> labels.add(collection.getValue().name() + " / " + child.getValue()));
        });
        return labels;
    }

    @Test
    void presenterModeInANarrowWindowFoldsTheSidebarAwayAndGivesItBackAfter(FxRobot robot) {
        open(robot);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        javafx.scene.control.SplitPane sides = robot.lookup("#sides").queryAs(javafx.scene.control.SplitPane.class);
        javafx.scene.Node sidebar = robot.lookup("#sidebar").query();
        assertTrue(sides.getItems().contains(sidebar));

        robot.clickOn("#presenterMode");
        assertFalse(sides.getItems().contains(sidebar), "at 1024 px the presenter's request gets the width");
        robot.clickOn("#sidebarToggle");
        assertTrue(sides.getItems().contains(sidebar), "the presenter can open it again");
        robot.interact(() -> stage.setWidth(1000));
        assertTrue(sides.getItems().contains(sidebar), "and it stays open while presenting");

        robot.clickOn("#presenterMode");
        robot.clickOn("#sidebarToggle");
        assertFalse(sides.getItems().contains(sidebar));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.BACK_SLASH)
                .release(javafx.scene.input.KeyCode.BACK_SLASH, javafx.scene.input.KeyCode.CONTROL);
        assertTrue(sides.getItems().contains(sidebar), "Ctrl+\\ shows it, as in Postman");
    }

    @Test
    void copyAsCurlSaysItCopied(FxRobot robot) {
        open(robot);
        javafx.scene.control.MenuButton export = robot.lookup("#exportMenu").queryAs(javafx.scene.control.MenuButton.class);

        robot.interact(() -> export.getItems().stream().filter(item -> "copyAsCURL".equals(item.getId())).findFirst().orElseThrow().fire());

        assertEquals("Copied as curl to the clipboard.", robot.lookup("#exportStatus").queryAs(Label.class).getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEnvironmentPickerKeepsItsChoiceWhenAnEnvironmentIsCreatedAndSaved(FxRobot robot) throws Exception {
        open(robot);
        ComboBox<String> picker = robot.lookup("#environmentPicker").queryAs(ComboBox.class);
        robot.interact(() -> robot.lookup("#editEnvironments").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#newEnvironment").tryQuery().isPresent());

        robot.clickOn("#newEnvironment");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".text-input-dialog .text-field").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".text-input-dialog .text-field").queryAs(TextField.class).setText("Prod"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> picker.getItems().contains("Prod"));
        assertEquals("Sandbox", picker.getValue(), "creating an environment does not make it the active one");

        Path file = config.resolve("workspace/environments/Prod.json");
        java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(file);
        robot.interact(() -> robot.lookup("#saveEnvironment").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.getLastModifiedTime(file).equals(before));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Sandbox", picker.getValue(), "the picker must not go blank after Save");
        assertEquals("", robot.lookup("#environmentError").queryAs(Label.class).getText());
    }

    @Test
    void aSavedRequestSurvivesARestartAndSendsFromTheTree(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> robot.lookup("#url").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class).replaceText("{{baseUrl}}/2/users/2244994945"));

        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#saveName").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#saveCollection").queryAs(ComboBox.class).getEditor().setText("Users");
            robot.lookup("#saveName").queryAs(TextField.class).setText("Look up a user");
        });
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> treeLabels(robot).size() == 2);
        assertEquals("saved as Look up a user", robot.lookup("#savedAs").queryAs(Label.class).getText());
        assertTrue(Files.exists(config.resolve("workspace/collections/Users/Look up a user.json")));

        open(robot);
        robot.interact(() -> robot.lookup("#url").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class).replaceText("{{baseUrl}}/2/users/me"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> treeLabels(robot).size() == 2);
        assertEquals(List.of("Users", "Users / GET  Look up a user"), treeLabels(robot));
        robot.clickOn("GET  Look up a user").type(KeyCode.ENTER);

        assertEquals("{{baseUrl}}/2/users/2244994945", robot.lookup("#url").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class).getText());
        robot.clickOn("#sendButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "200 OK".equals(robot.lookup("#statusTitle").queryAs(Label.class).getText()));
    }

    @Test
    void aCorruptFileIsReportedSetAsideAndTheOthersLoad(FxRobot robot) throws Exception {
        Path users = config.resolve("workspace/collections/Users");
        Files.createDirectories(users);
        Files.writeString(users.resolve("Me.json"), """
                {
                  "name": "Me",
                  "method": "GET",
                  "url": "{{baseUrl}}/2/users/2244994945",
                  "headers": [],
                  "body": "",
                  "authProfile": "Sandbox App: app-only Bearer"
                }
                """);
        Files.writeString(users.resolve("Broken.json"), "{\"name\": \"Broken\", \"method\": \"GET\", \"url\": ");

        open(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#collectionsBanner").queryAs(Label.class).getText().isEmpty());

        assertEquals("collections/Users/Broken.json could not be read (it is not valid JSON (line 1)) and was set aside as"
                + " Broken.json.corrupt-1; nothing was deleted.", robot.lookup("#collectionsBanner").queryAs(Label.class).getText());
        assertEquals(List.of("Users", "Users / GET  Me"), treeLabels(robot));
        assertTrue(Files.exists(users.resolve("Broken.json.corrupt-1")));
        assertFalse(Files.exists(users.resolve("Broken.json")));

        robot.clickOn("GET  Me").type(KeyCode.ENTER);
        assertEquals("{{baseUrl}}/2/users/2244994945", robot.lookup("#url").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class).getText());
        robot.clickOn("#sendButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "200 OK".equals(robot.lookup("#statusTitle").queryAs(Label.class).getText()));
    }
}
