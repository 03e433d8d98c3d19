package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.AuthOption;
import dev.xinspect.ui.viewmodel.RequestViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The request editor: method, URL and Send on one line; Params, Headers, Body and Auth tabs below. */
public final class RequestPane extends VBox {
    private final RequestViewModel vm;

    public RequestPane(RequestViewModel vm) {
        this.vm = vm;
        setId("requestPane");
        getStyleClass().add("request-pane");
        ComboBox<String> method = new ComboBox<>();
        method.setId("method");
        method.getItems().setAll(RequestViewModel.METHODS);
        method.valueProperty().bindBidirectional(vm.methodProperty());
        TextField url = new TextField();
        url.setId("url");
        url.getStyleClass().add("mono");
        url.setPromptText("{{baseUrl}}/2/users/me");
        url.textProperty().bindBidirectional(vm.urlProperty());
        HBox.setHgrow(url, Priority.ALWAYS);
        Button send = new Button("Send");
        send.setId("sendButton");
        send.setDefaultButton(true);
        send.getStyleClass().add("accent");
        send.disableProperty().bind(vm.canSendProperty().not());
        send.setOnAction(e -> vm.send());
        url.setOnAction(e -> vm.send());
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(vm.sendingProperty());
        cancel.managedProperty().bind(vm.sendingProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(vm.sendingProperty());
        progress.managedProperty().bind(vm.sendingProperty());
        Button importCurl = new Button("Import curl…");
        importCurl.setId("importCurl");
        importCurl.setOnAction(e -> importCurl(vm));
        HBox line = new HBox(6, method, url, send, cancel, progress, importCurl);
        line.getStyleClass().add("request-line");

        TextArea body = new TextArea();
        body.setId("requestBody");
        body.getStyleClass().add("mono");
        body.setPromptText("{\"text\": \"Hello from xinspect\"}");
        body.textProperty().bindBidirectional(vm.bodyProperty());
        Label bodyProblem = new Label();
        bodyProblem.getStyleClass().add("note");
        bodyProblem.textProperty().bind(vm.bodyProblemProperty());
        bodyProblem.visibleProperty().bind(vm.bodyProblemProperty().isNotEmpty());
        bodyProblem.managedProperty().bind(bodyProblem.visibleProperty());

        ComboBox<AuthOption> auth = new ComboBox<>(vm.authOptions());
        auth.setId("authChoice");
        auth.valueProperty().bindBidirectional(vm.authProperty());
        Label authNote = new Label("Secrets stay in the credential store; the Authorization header is computed when you send.");
        authNote.getStyleClass().add("muted");

        TabPane tabs = new TabPane(tab("Params", new KeyValueTable("paramsTable", vm.params(), "Parameter")),
                tab("Headers", new KeyValueTable("headersEditor", vm.headers(), "Header")),
                tab("Body", new VBox(4, bodyProblem, body)), tab("Auth", new VBox(8, auth, authNote)));
        tabs.setPrefHeight(190);

        Label error = new Label();
        error.setId("requestError");
        error.getStyleClass().add("error-banner");
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(line, error, tabs);
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
    public void enableOpenAsStream(java.util.function.BiConsumer<String, AuthOption> open) {
        Button stream = new Button("Open as stream");
        stream.setId("openAsStream");
        stream.setOnAction(e -> open.accept(vm.urlProperty().get(), vm.authProperty().get()));
        HBox line = (HBox) lookup(".request-line");
        line.getChildren().add(line.getChildren().indexOf(lookup("#sendButton")) + 1, stream);
    }

    private void importCurl(RequestViewModel vm) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Import a curl command");
        dialog.setHeaderText("Paste a curl command (line continuations and quotes are fine).");
        dialog.showAndWait().ifPresent(command -> {
            java.util.List<String> notes = vm.importCurl(command);
            if (!notes.isEmpty()) {
                new Banner(getScene()).show("Imported. " + String.join("; ", notes) + ".");
            }
        });
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }
}
