package dev.xinspect.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.xinspect.core.AppVersion;
import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.core.workspace.Settings;
import dev.xinspect.ui.viewmodel.SettingsViewModel;
import dev.xinspect.ui.view.MainWindow;
import dev.xinspect.ui.view.AuthPane;
import dev.xinspect.ui.view.Oauth1StepsWindow;
import dev.xinspect.ui.view.RequestPane;
import dev.xinspect.ui.view.RequestToolbar;
import dev.xinspect.ui.viewmodel.RequestViewModel;
import dev.xinspect.ui.view.WorkshopBar;
import java.io.IOException;
import javafx.scene.Node;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import dev.xinspect.ui.viewmodel.StreamViewModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the window from {@link UiWiring} and shows it. */
public final class XinspectApp extends Application {
    static final String BENCH_STARTUP = "--bench-startup";

    private UiWiring wiring;

    static void launchWindow(String[] args) {
        CoreWarmUp.start();
        Application.launch(XinspectApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> raw = getParameters().getRaw();
        Opened opened = open(stage, SandboxOptions.defaults(), fileToOpen(raw), url -> getHostServices().showDocument(url));
        wiring = opened.wiring();
        if (raw.equals(List.of(BENCH_STARTUP))) {
            StartupProbe.reportFirstFrame(opened.window().scene());
        }
        stage.show();
    }

    @Override
    public void stop() {
        if (wiring != null) {
            wiring.close();
        }
    }

    /** The window built on {@code stage}, not shown yet, and what it was built from. */
    record Opened(UiWiring wiring, MainWindow window, InspectorViewModel inspector) {
    }

    /**
     * Builds the whole window on {@code stage} with the user's settings and look, opening {@code file} if given; the
     * caller shows it. The benchmarks' measuring app (src/bench) opens the window this same way.
     */
    static Opened open(Stage stage, SandboxOptions sandboxOptions, Optional<Path> file, java.util.function.Consumer<String> openLink) {
        UiWiring wiring = new UiWiring(CoreWarmUp.take(), SystemBrowser.forThisMachine(), sandboxOptions);
        wiring.startSandboxInBackground(); // while the theme's stylesheet is parsed and the window built
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        InspectorViewModel inspector = wiring.inspector();
        UiWiring.Workbench bench = null;
        try {
            bench = wiring.workbenchWithWorkspace(inspector);
        } catch (IOException e) {
            reportNoSandbox(inspector, e);
        }
        MainWindow window = fullWindow(stage, wiring, inspector, bench, openLink);
        StartupProbe.onFirstFrame(window.scene(), millis -> IdleHeapReturn.take()
                .ifPresent(heapReturn -> heapReturn.followThreadCpu(Thread.currentThread())));
        file.ifPresent(inspector::open);
        SettingsViewModel settings = wiring.settings();
        settings.currentProperty().addListener((obs, old, now) -> applyLook(window, now));
        applyLook(window, settings.currentProperty().get());
        window.requestSplitProperty().set(settings.currentProperty().get().requestSplitPercent() / 100.0);
        UiWiring.Workbench opened = bench;
        stage.setOnHiding(e -> {
            settings.rememberRequestSplit(window.requestSplitProperty().get());
            if (opened != null) {
                opened.tabs().keep();
            }
        });
        if (!settings.errorProperty().get().isEmpty()) {
            inspector.reportProblem(settings.errorProperty().get());
        }
        return new Opened(wiring, window, inspector);
    }

    /**
     * The whole window as people use it: the workbench (when the sandbox started, else null), the sidebar, the
     * stream console, the OAuth tools, Settings and Help. The screen audit builds it the same way.
     */
    public static MainWindow fullWindow(Stage stage, UiWiring wiring, InspectorViewModel inspector, UiWiring.Workbench bench,
                                        java.util.function.Consumer<String> openLink) {
        List<Node> workbench = List.of();
        if (bench != null) {
            try {
                workbench = workbenchNodes(wiring, bench, inspector, stage);
            } catch (IOException e) {
                reportNoSandbox(inspector, e);
            }
        }
        MainWindow window = new MainWindow(stage, inspector, openLink, workbench,
                workbench.isEmpty() ? null : () -> streamConsole(wiring, inspector));
        window.enableSettingsAndHelp(wiring.settings(), AppVersion.current());
        window.enableOauthTools(wiring.tools()::oauth1Steps, wiring.tools()::signatureCheck, wiring.tools()::jwtInspector);
        if (!workbench.isEmpty()) { // the sandbox is up, so its receiver is
            window.enableWebhooks(() -> {
                try {
                    return wiring.tools().webhooks();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("The sandbox did not start", e);
                }
            });
        }
        if (bench != null) {
            window.enableSidebar(bench.collections(), bench.history(), bench.exports());
            window.enableCollectionTransfer(wiring.collectionTransfer(bench));
            window.enablePagination(wiring.pagination(bench.request(), inspector));
            window.enableRequestTabs(bench.tabs());
            window.enableMediaUpload(() -> {
                try {
                    return wiring.tools().mediaUpload(bench.request(), inspector);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("The sandbox did not start", e);
                }
            });
            enableStudentMode(window, wiring, bench, inspector);
        }
        return window;
    }

    /** The workbench with its workspace, as the window shows it; tests that need no sidebar build it this way. */
    public static List<Node> workbenchNodes(UiWiring wiring, InspectorViewModel inspector, Stage stage) throws IOException {
        return workbenchNodes(wiring, wiring.workbenchWithWorkspace(inspector), inspector, stage);
    }

    /** The workshop bar, the environment and save bar, and the request editor with its Auth tab. */
    public static List<Node> workbenchNodes(UiWiring wiring, UiWiring.Workbench bench, InspectorViewModel inspector, Stage stage)
            throws IOException {
        RequestViewModel request = bench.request();
        dev.xinspect.ui.viewmodel.AuthViewModel authModel = wiring.auth(request, inspector);
        java.util.function.Supplier<Node> auth = () -> new AuthPane(authModel,
                exchange -> inspector.showExchange(exchange, "OAuth call"),
                () -> new Oauth1StepsWindow(stage, presenting(wiring.tools().signatureStepsFor(request), inspector),
                        stage.getScene().getStylesheets()).show());
        return List.of(new WorkshopBar(wiring.workshop()),
                new RequestToolbar(bench.collections(), bench.environments(), bench.exports()),
                new RequestPane(request, wiring.rateLimitGauge(), wiring.endpointAssist(request), auth));
    }

    /**
     * The student panel at the right, shown while the workshop bar's Student mode is on; built the first time it is
     * turned on (its workshops are read then), not before the first frame. Tests build it this way.
     */
    public static void enableStudentMode(MainWindow window, UiWiring wiring, UiWiring.Workbench bench, InspectorViewModel inspector) {
        try {
            javafx.beans.property.BooleanProperty on = wiring.workshop().studentModeProperty();
            Runnable build = () -> window.enableSidePanel(studentPane(window, wiring, bench, inspector, on));
            if (on.get()) {
                build.run();
            } else {
                on.addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                        if (now) {
                            on.removeListener(this);
                            build.run();
                        }
                    }
                });
            }
        } catch (IOException e) {
            inspector.reportProblem("Student mode is not available: the embedded sandbox could not start (" + e.getMessage() + ").");
        }
    }

    private static Node studentPane(MainWindow window, UiWiring wiring, UiWiring.Workbench bench, InspectorViewModel inspector,
                                    javafx.beans.property.BooleanProperty on) {
        try {
            dev.xinspect.ui.view.StudentPane pane = new dev.xinspect.ui.view.StudentPane(wiring.student(bench.request(), inspector),
                    inspector.response().presenterModeProperty(), () -> new dev.xinspect.ui.view.AuthoringWindow(window.scene().getWindow(),
                    wiring.tools().authoring(), window.scene().getStylesheets()).show());
            pane.visibleProperty().bind(on);
            pane.managedProperty().bind(pane.visibleProperty());
            return pane;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The sandbox did not start", e);
        }
    }

    private static dev.xinspect.ui.viewmodel.Oauth1StepsViewModel presenting(dev.xinspect.ui.viewmodel.Oauth1StepsViewModel steps,
                                                                         InspectorViewModel inspector) {
        steps.presenterModeProperty().bind(inspector.response().presenterModeProperty());
        return steps;
    }

    /** Theme and font size from the settings; "system" asks the OS off the FX thread, then switches if dark. */
    private static void applyLook(MainWindow window, Settings settings) {
        window.look().setFontSize(settings.fontSize());
        window.look().setPresenterPercent(settings.presenterPercent());
        switch (settings.theme()) {
            case "dark" -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheetBSS());
            case "light" -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
            default -> Thread.ofPlatform().daemon().start(() -> {
                String theme = SystemTheme.isDark() ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
                javafx.application.Platform.runLater(() -> Application.setUserAgentStylesheet(theme));
            });
        }
    }

    private static void reportNoSandbox(InspectorViewModel inspector, IOException e) {
        inspector.reportProblem("The embedded sandbox could not start (" + e.getMessage() + "); you can still open and paste responses.");
    }

    private static StreamViewModel streamConsole(UiWiring wiring, InspectorViewModel inspector) {
        try {
            return wiring.tools().streamConsole(inspector);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<Path> fileToOpen(List<String> raw) {
        return raw.size() == 1 && !raw.get(0).startsWith("-") ? Optional.of(Path.of(raw.get(0))) : Optional.empty();
    }

    /** Parameters this class understands; anything else on the command line is a CLI command. */
    static boolean isGuiFlag(List<String> args) {
        return args.equals(List.of(BENCH_STARTUP));
    }
}
