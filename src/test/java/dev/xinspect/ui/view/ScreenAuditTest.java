package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.app.UiWiring;
import dev.xinspect.app.XinspectApp;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.sandbox.SandboxCredentials;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import dev.xinspect.ui.viewmodel.ScenarioOption;
import dev.xinspect.ui.viewmodel.WorkshopViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screen audit: every window and dialog in light, dark and presenter mode at 1024×700 and 1600×1000, in the
 * states people meet (a usage-capped 429, a partial-error 200, a plain-text 500, the forum post, the signer steps,
 * the environments dialog with rows, the stream console with Posts). No text may be cut short and every text needs
 * 4.5:1 contrast against the pixels behind it; each state is written to {@code target/screens/} as a PNG.
 */
class ScreenAuditTest {
    /** jwt.io's sample token (HS256, "John Doe"), public since 2015: https://jwt.io/ */
    private static final String SAMPLE_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0"
            + "IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    private static final Path SCREENS = Path.of("target", "screens");

    enum Mode { LIGHT, DARK, PRESENTER }

    private final FxRobot robot = new FxRobot();
    private final List<String> problems = new ArrayList<>();
    private UiWiring wiring;
    private MainWindow window;
    private Mode mode;
    private String size;

    @TempDir
    Path config;

    static Stream<Arguments> screens() {
        return Stream.of(Mode.values()).flatMap(mode -> Stream.of(Arguments.of(mode, 1024, 700), Arguments.of(mode, 1600, 1000)));
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (mode != null) { // the list of what was found, beside the PNGs, for a person to read
            java.nio.file.Files.createDirectories(SCREENS);
            java.nio.file.Files.write(SCREENS.resolve(mode.name().toLowerCase(java.util.Locale.ROOT) + "-" + size + "-problems.txt"), problems);
        }
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        if (wiring != null) {
            wiring.close();
        }
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("screens")
    void everyScreenIsReadable(Mode mode, int width, int height) throws Exception {
        this.mode = mode;
        this.size = width + "x" + height;
        wiring = new UiWiring(CoreWiring.forThisMachine(), config);
        InspectorViewModel inspector = wiring.inspector();
        UiWiring.Workbench bench = wiring.workbenchWithWorkspace(inspector);
        WorkshopViewModel workshop = wiring.workshop();
        Stage stage = onFx(() -> {
            Application.setUserAgentStylesheet(mode == Mode.DARK ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            Stage main = new Stage();
            window = XinspectApp.fullWindow(main, wiring, inspector, bench, url -> { });
            main.setWidth(width);
            main.setHeight(height);
            inspector.response().presenterModeProperty().set(mode == Mode.PRESENTER);
            main.show();
            return main;
        });
        audit("main-empty", stage);

        play(workshop, "monthly-cap-reached");
        sendAndWait("429 Too Many Requests");
        waitFor(() -> robot.lookup("#checklist-usage-caps").tryQuery().isPresent());
        audit("main-usage-capped-429", stage);

        openWindow("forum-post", () -> fire("#draftPostButton"));

        play(workshop, "normal");
        robot.interact(() -> fire("#newRequestTab"));
        robot.interact(() -> bench.request().urlProperty().set("{{baseUrl}}/2/tweets?ids=20,1234"));
        sendAndWait("200 OK");
        waitFor(() -> robot.lookup(".finding-title").tryQuery().isPresent());
        audit("main-partial-error-200", stage);

        play(workshop, "internal-error");
        robot.interact(() -> fire("#newRequestTab"));
        robot.interact(() -> bench.request().urlProperty().set("{{baseUrl}}/2/tweets/search/recent?query=xinspect"));
        sendAndWait("500 Internal Server Error");
        audit("main-plain-text-500", stage);

        robot.interact(() -> fire("#requestTab-0")); // each tab shows its own response and diagnosis again
        waitFor(() -> robot.lookup("#statusTitle").queryAs(Label.class).getText().equals("429 Too Many Requests"));
        audit("main-request-tabs", stage);

        showLargeBody(inspector); // the line list, with two rows selected
        audit("main-large-body", stage);

        openWindow("oauth1-signer", () -> menu("#signerButton", 0));
        openWindow("signature-check", () -> menu("#signerButton", 1));
        openWindow("jwt-inspector", () -> {
            menu("#signerButton", 2);
            robot.lookup("#jwtToken").queryTextInputControl().setText(SAMPLE_JWT);
        });
        openWindow("media-upload", () -> menu("#signerButton", 4));
        openWindow("settings", () -> fire("#settingsButton"));
        bench.environments().create("Staging").get(10, TimeUnit.SECONDS);
        robot.interact(() -> {
            bench.environments().rows().setAll(
                    new dev.xinspect.ui.viewmodel.VariableRow("baseUrl", "https://api.x.com", false),
                    new dev.xinspect.ui.viewmodel.VariableRow("userId", "2244994945", false),
                    new dev.xinspect.ui.viewmodel.VariableRow("bearerToken", "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid", true));
        });
        openWindow("environments", () -> fire("#editEnvironments"));
        play(workshop, "normal");
        openWindow("stream-console", () -> {
            fire("#streamButton");
            fire("#connectStream");
        }, () -> robot.lookup("#streamPosts").queryAs(ListView.class).getItems().size() >= 3);

        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private void play(WorkshopViewModel workshop, String scenario) {
        ScenarioOption option = workshop.scenarios().stream().filter(s -> s.name().equals(scenario)).findFirst().orElseThrow();
        robot.interact(() -> workshop.selectedProperty().set(option));
    }

    private void sendAndWait(String status) throws Exception {
        robot.interact(() -> {
            fire("#sendButton");
            if (robot.lookup("#sendAnyway").tryQuery().map(Node::isVisible).orElse(false)) {
                fire("#sendAnyway");
            }
        });
        waitFor(() -> robot.lookup("#statusTitle").queryAs(Label.class).getText().equals(status));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A body past the editor's limit, in the line list, with its third and fourth lines selected. */
    private void showLargeBody(InspectorViewModel inspector) throws Exception {
        String posts = java.util.stream.IntStream.range(0, 6_000).mapToObj(i -> "{\"id\":\"" + i + "\",\"text\":\"post " + i + "\"}")
                .collect(java.util.stream.Collectors.joining(",", "{\"data\":[", "]}"));
        Exchange exchange = Exchange.ofResponse(new ReceivedResponse(200, "OK", "HTTP/2",
                Headers.of("content-type", "application/json"), Body.ofText(posts)));
        robot.interact(() -> inspector.showExchange(exchange, "large body"));
        waitFor(() -> inspector.response().body().prettyProperty().get().count() > JsonArea.EDITOR_LINES
                && !inspector.response().body().formattingProperty().get());
        Node lines = robot.lookup("#prettyLines").query();
        waitFor(() -> robot.from(lines).lookup(".json-key").tryQuery().isPresent());
        List<Node> keys = List.copyOf(robot.from(lines).lookup(".json-key").queryAll());
        robot.clickOn(keys.get(0)).press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
    }

    /** Opens a window or dialog, audits it, and closes it. */
    private void openWindow(String name, Runnable open) throws Exception {
        openWindow(name, open, () -> true);
    }

    private void openWindow(String name, Runnable open, Callable<Boolean> ready) throws Exception {
        Set<Window> before = Set.copyOf(Window.getWindows());
        robot.interact(open);
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> !before.contains(w) && w.isShowing()));
        waitFor(ready);
        Window opened = Window.getWindows().stream().filter(w -> !before.contains(w)).findFirst().orElseThrow();
        robot.interact(() -> {
            // A window may be no larger than the screen it is audited on.
            opened.setWidth(Math.min(opened.getWidth(), Double.parseDouble(size.split("x")[0])));
            opened.setHeight(Math.min(opened.getHeight(), Double.parseDouble(size.split("x")[1])));
        });
        audit(name, opened);
        robot.interact(opened::hide);
    }

    private void audit(String name, Window shown) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        String where = mode.name().toLowerCase(java.util.Locale.ROOT) + "-" + size + "-" + name;
        List<String> found = onFx(() -> {
            ScreenChecks checks = new ScreenChecks(shown.getScene(), where).snapshot(SCREENS.resolve(where + ".png"))
                    .noTextCutShort().contrastAtLeastAA().textFollowsRootFont(window.look().rootFontSize());
            if (mode == Mode.PRESENTER) {
                SandboxCredentials demo = SandboxCredentials.DEMO;
                checks.noSecretShown(List.of(SAMPLE_JWT.substring(SAMPLE_JWT.lastIndexOf('.') + 1), demo.consumerSecret(),
                        demo.accessTokenSecret(), demo.accessToken(), demo.consumerKey(), "0%2BuSeid"));
            }
            return checks.problems();
        });
        problems.addAll(found);
    }

    private void fire(String query) {
        robot.lookup(query).queryAs(ButtonBase.class).fire();
    }

    private void menu(String query, int item) {
        robot.lookup(query).queryAs(MenuButton.class).getItems().get(item).fire();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
