package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.EndpointAssistViewModel;
import dev.xinspect.ui.viewmodel.RateLimitGauge;
import dev.xinspect.ui.viewmodel.RequestViewModel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The request editor: method, URL and Send on one line; Params, Headers, Body and Auth tabs below. */
public final class RequestPane extends VBox {
    private final RequestViewModel vm;

    /**
     * @param gauge   what the rate limit leaves for the request being edited
     * @param assist  what the endpoint catalog says about it, and URL completion
     * @param authTab makes the Auth tab's content ({@link AuthPane}) when the tab is first opened
     */
    public RequestPane(RequestViewModel vm, RateLimitGauge gauge, EndpointAssistViewModel assist,
                       java.util.function.Supplier<javafx.scene.Node> authTab) {
        this.vm = vm;
        setId("requestPane");
        getStyleClass().add("request-pane");
        ComboBox<String> method = new ComboBox<>();
        method.setId("method");
        method.getItems().setAll(RequestViewModel.METHODS);
        method.valueProperty().bindBidirectional(vm.methodProperty());
        TemplateField url = new TemplateField(vm.urlProperty(), vm::defines);
        url.setId("url");
        url.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(url, Priority.ALWAYS);
        Button send = new Button("Send");
        send.setId("sendButton");
        send.setDefaultButton(true);
        send.getStyleClass().add("accent");
        send.disableProperty().bind(vm.canSendProperty().not());
        send.setOnAction(e -> vm.send());
        UrlCompletionPopup completion = new UrlCompletionPopup(url, assist);
        url.setOnAction(() -> {
            if (!completion.acceptSelected()) {
                vm.send();
            }
        });
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(vm.sendingProperty());
        cancel.managedProperty().bind(vm.sendingProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(vm.sendingProperty());
        progress.managedProperty().bind(vm.sendingProperty());
        Label elapsed = new Label();
        elapsed.setId("elapsed");
        elapsed.getStyleClass().add("muted");
        elapsed.textProperty().bind(vm.elapsedProperty());
        elapsed.visibleProperty().bind(vm.sendingProperty());
        elapsed.managedProperty().bind(vm.sendingProperty());
        Timeline ticking = new Timeline(new KeyFrame(Duration.millis(100), e -> vm.tickElapsed()),
                new KeyFrame(Duration.millis(200), e -> gauge.refresh()));
        ticking.setCycleCount(Timeline.INDEFINITE);
        ticking.play();
        Button importCurl = new Button("Import curl…");
        importCurl.setId("importCurl");
        importCurl.setOnAction(e -> importCurl(vm));
        url.setMinWidth(90); // the URL scrolls; the buttons beside it never shrink to "S…"
        keepWhole(method, send, cancel, importCurl);
        HBox line = new HBox(6, method, url, send, cancel, progress, elapsed, importCurl);
        line.getStyleClass().add("request-line");
        Label rateLimit = new Label();
        rateLimit.setId("rateLimitGauge");
        rateLimit.setWrapText(true);
        rateLimit.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        rateLimit.textProperty().bind(gauge.textProperty());
        gauge.levelProperty().addListener((obs, old, now) -> {
            rateLimit.getStyleClass().removeAll("gauge-plenty", "gauge-low", "gauge-exhausted");
            rateLimit.getStyleClass().add("gauge-" + now.name().toLowerCase(java.util.Locale.ROOT));
        });
        rateLimit.visibleProperty().bind(gauge.textProperty().isNotEmpty());
        rateLimit.managedProperty().bind(rateLimit.visibleProperty());

        Label warningText = new Label();
        warningText.setId("sendWarning");
        warningText.setWrapText(true);
        warningText.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        warningText.textProperty().bind(vm.warningProperty());
        HBox.setHgrow(warningText, Priority.ALWAYS);
        warningText.setMaxWidth(Double.MAX_VALUE);
        Button sendAnyway = new Button("Send anyway");
        sendAnyway.setId("sendAnyway");
        sendAnyway.setOnAction(e -> vm.sendAnyway());
        Button keep = new Button("Don't send");
        keep.setOnAction(e -> vm.dismissWarning());
        keepWhole(sendAnyway, keep);
        HBox warning = new HBox(8, warningText, sendAnyway, keep);
        warning.getStyleClass().add("warning-banner");
        warning.visibleProperty().bind(vm.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());


        // Only Params shows at start; the other tabs are built when first opened, so start-up pays for none of them.
        TabPane tabs = new TabPane(Tabs.of("Params", new KeyValueTable("paramsTable", vm.params(), "Parameter")),
                Tabs.lazy("Headers", () -> new KeyValueTable("headersEditor", vm.headers(), "Header")),
                Tabs.lazy("Body", () -> bodyEditor(vm)), Tabs.lazy("Auth", () -> new javafx.scene.control.ScrollPane(authTab.get())));
        tabs.setPrefHeight(190);
        // A few rows and the Add/Remove buttons stay whole: below that height the editor's scroll pane scrolls (it
        // shows its bar) rather than cutting the buttons off unseen; the split itself can still give the response room.
        tabs.getStyleClass().add("request-editor-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Label error = new Label();
        error.setId("requestError");
        error.getStyleClass().add("error-banner");
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(line, new EndpointAssistPane(assist), rateLimit, warning, error, tabs);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.ENTER,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN), () -> {
                    if (vm.canSendProperty().get()) {
                        vm.send();
                    }
                });
            }
        });
    }

    /** Adds "Open as stream" next to Send: the stream console on this request's URL and credentials. */
    public void enableOpenAsStream(java.util.function.BiConsumer<String, dev.xinspect.ui.viewmodel.AuthOption> open) {
        Button stream = new Button("Open as stream");
        stream.setId("openAsStream");
        stream.setOnAction(e -> open.accept(vm.urlProperty().get(), vm.authProperty().get()));
        keepWhole(stream);
        HBox line = (HBox) lookup(".request-line");
        line.getChildren().add(line.getChildren().indexOf(lookup("#sendButton")) + 1, stream);
    }

    private static void keepWhole(javafx.scene.control.Control... controls) {
        for (javafx.scene.control.Control control : controls) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
    }

    /** A window of its own (not a one-line field, which would drop line breaks and tabs) over the Import curl editor. */
    private void importCurl(RequestViewModel vm) {
        javafx.stage.Stage window = new javafx.stage.Stage();
        window.initOwner(getScene().getWindow());
        window.setTitle("Import a curl command");
        javafx.scene.Scene scene = new javafx.scene.Scene(new ImportCurlPane(vm.importer(), window::close));
        Look.follow(scene, getScene().getStylesheets()); // the root font size too: presenter mode enlarges it
        window.setScene(scene);
        window.show();
    }

    private static javafx.scene.Node bodyEditor(RequestViewModel vm) {
        JsonEditor body = new JsonEditor(vm.bodyProperty(), "requestBody");
        VBox.setVgrow(body, Priority.ALWAYS);
        Label bodyProblem = new Label();
        bodyProblem.getStyleClass().add("note");
        bodyProblem.textProperty().bind(vm.bodyProblemProperty());
        bodyProblem.visibleProperty().bind(vm.bodyProblemProperty().isNotEmpty());
        bodyProblem.managedProperty().bind(bodyProblem.visibleProperty());
        VBox text = new VBox(4, bodyProblem, body);
        VBox.setVgrow(text, Priority.ALWAYS);
        MultipartEditor multipart = new MultipartEditor(vm.parts());
        ComboBox<dev.xinspect.ui.viewmodel.BodyKind> kind = new ComboBox<>();
        kind.setId("bodyKind");
        kind.getItems().setAll(dev.xinspect.ui.viewmodel.BodyKind.values());
        kind.valueProperty().bindBidirectional(vm.bodyKindProperty());
        text.visibleProperty().bind(vm.bodyKindProperty().isEqualTo(dev.xinspect.ui.viewmodel.BodyKind.TEXT));
        text.managedProperty().bind(text.visibleProperty());
        multipart.visibleProperty().bind(text.visibleProperty().not());
        multipart.managedProperty().bind(multipart.visibleProperty());
        return new VBox(4, kind, text, multipart);
    }
}
