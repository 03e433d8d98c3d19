package dev.xinspect.ui.view;

import dev.xinspect.core.format.JsonHighlighter;
import dev.xinspect.core.http.Header;
import dev.xinspect.ui.viewmodel.BodySearchViewModel;
import dev.xinspect.ui.viewmodel.ResponseBodyViewModel;
import dev.xinspect.ui.viewmodel.ResponseViewModel;
import java.io.File;
import java.io.IOException;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The response: a status chip with size and time, a line for the redirects followed, then Pretty, Raw, Joined (Posts
 * with their includes), Headers and Request-as-sent tabs; before the first response, a line that says how to get one.
 */
public final class ResponsePane extends VBox {
    private JsonArea pretty;
    private TabPane tabs;

    public ResponsePane(ResponseViewModel vm) {
        setId("responsePane");
        getStyleClass().add("response-pane");

        Label status = new Label();
        status.setId("statusChip");
        status.textProperty().bind(vm.statusTextProperty());
        status.visibleProperty().bind(vm.statusTextProperty().isNotEmpty());
        vm.statusKindProperty().addListener((obs, old, kind) -> {
            status.getStyleClass().setAll("status-chip", "status-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        });
        status.getStyleClass().setAll("status-chip", "status-none");
        status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("muted");
        summary.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ProgressIndicator formatting = new ProgressIndicator();
        formatting.setPrefSize(16, 16);
        formatting.visibleProperty().bind(vm.body().formattingProperty());
        javafx.scene.layout.FlowPane header = new javafx.scene.layout.FlowPane(10, 4, status, summary, formatting); // narrow: the summary goes below
        header.getStyleClass().add("pane-header");
        Label redirects = new Label();
        redirects.setId("redirectLine");
        redirects.getStyleClass().add("muted");
        redirects.textProperty().bind(vm.redirectLineProperty());
        redirects.visibleProperty().bind(vm.redirectLineProperty().isNotEmpty());
        redirects.managedProperty().bind(redirects.visibleProperty());

        Label empty = new Label("No response yet. Press Send (Ctrl+Enter) to send the request above, Open… a saved response or "
                + "HAR file (Ctrl+O), or Paste response… (Ctrl+Shift+V) to have any response explained.");
        empty.setId("emptyResponse");
        empty.setWrapText(true);
        empty.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        empty.getStyleClass().addAll("muted", "empty-response");
        empty.visibleProperty().bind(vm.statusTextProperty().isEmpty());
        empty.managedProperty().bind(empty.visibleProperty());
        header.visibleProperty().bind(empty.visibleProperty().not());
        header.managedProperty().bind(header.visibleProperty());
        BodyFindBar find = findBar(vm);
        getChildren().addAll(empty, header, redirects, find);
        // The tabs come right after the window's first frame (or with a response before it): the first frame has no
        // editor and lists to style and lay out, and the first response finds them made.
        afterFirstFrame(() -> tabs(vm));
        vm.statusTextProperty().addListener((obs, old, text) -> tabs(vm));
        vm.body().prettyProperty().addListener((obs, old, lines) -> tabs(vm));
        vm.gatedProperty().addListener((obs, old, gated) -> tabs(vm));
    }

    /** Runs {@code then} once, after the pulse that lays out the first frame of the scene this pane is shown in. */
    private void afterFirstFrame(Runnable then) {
        sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs, javafx.scene.Scene old,
                                javafx.scene.Scene scene) {
                if (scene != null) {
                    sceneProperty().removeListener(this);
                    // after this pulse, which renders the frame
                    FirstFrame.whenLaidOut(scene, () -> javafx.application.Platform.runLater(then));
                }
            }
        });
    }

    /** The Pretty, Raw, Joined, Headers and Request-as-sent tabs, made the first time they are needed. */
    private TabPane tabs(ResponseViewModel vm) {
        if (tabs != null) {
            return tabs;
        }
        ResponseBodyViewModel body = vm.body();
        pretty = new JsonArea();
        // While formatting goes on, the lines are a large body's first screen: the line list shows them, as it will the rest.
        body.prettyProperty().addListener((obs, old, lines) -> pretty.show(lines, body.prettyIsJsonProperty().get(),
                body.formattingProperty().get()));
        pretty.show(body.prettyProperty().get(), body.prettyIsJsonProperty().get(), body.formattingProperty().get());
        StackPane prettyStack = new StackPane(pretty, gate(vm, "bodyGate"));

        JsonLines raw = new JsonLines(new JsonHighlighter(), "rawLines", false);
        body.rawProperty().addListener((obs, old, rows) -> raw.show(rows, false));

        tabs = new TabPane(Tabs.of("Pretty", prettyStack), Tabs.of("Raw", new StackPane(raw, gate(vm, "rawGate"))),
                Tabs.lazy("Joined", () -> new JoinedPostsPane(vm.joined())), Tabs.lazy("Headers", () -> headers(vm)),
                Tabs.lazy("Request as sent", () -> requestAsSent(vm)));
        tabs.setId("responseTabs");
        body.rawShownProperty().bind(tabs.getTabs().get(1).selectedProperty());
        vm.joinedShownProperty().bind(tabs.getTabs().get(2).selectedProperty());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().add(tabs);
        return tabs;
    }

    /** Ctrl+F anywhere in the window opens the find bar on the Pretty tab; each match is selected and scrolled to. */
    private BodyFindBar findBar(ResponseViewModel vm) {
        BodySearchViewModel search = vm.search();
        BodyFindBar find = new BodyFindBar(search);
        search.matchProperty().addListener((obs, old, match) -> {
            if (match != null && pretty != null) {
                pretty.reveal(match.line(), match.start(), match.end());
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    tabs(vm).getSelectionModel().select(0);
                    search.openProperty().set(true);
                    find.focusQuery();
                });
            }
        });
        return find;
    }

    private VBox gate(ResponseViewModel vm, String id) {
        Label message = new Label();
        message.textProperty().bind(vm.body().gateMessageProperty());
        Button show = new Button("Show anyway");
        show.setOnAction(e -> vm.showAnyway());
        Button save = new Button("Save to file…");
        save.setOnAction(e -> saveBody(vm));
        Button copy = new Button("Copy");
        copy.setOnAction(e -> copyToClipboard(vm.bodyForClipboard()));
        VBox gate = new VBox(12, message, new HBox(8, show, save, copy));
        gate.setId(id);
        gate.getStyleClass().add("body-gate");
        gate.visibleProperty().bind(vm.gatedProperty());
        gate.managedProperty().bind(vm.gatedProperty());
        return gate;
    }

    private void saveBody(ResponseViewModel vm) {
        File file = new FileChooser().showSaveDialog(getScene().getWindow());
        if (file != null) {
            try {
                vm.body().saveBody(file.toPath());
            } catch (IOException e) {
                new Banner(getScene()).show("Could not save the body: " + e.getMessage());
            }
        }
    }

    static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    private static TableView<Header> headers(ResponseViewModel vm) {
        TableView<Header> table = new TableView<>();
        table.setId("headersTable");
        table.itemsProperty().bind(Bindings.createObjectBinding(() -> vm.headersProperty().get(), vm.headersProperty()));
        TableColumn<Header, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        TableColumn<Header, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().value()));
        name.setPrefWidth(220);
        value.setPrefWidth(480);
        table.getColumns().add(name);
        table.getColumns().add(value);
        table.setPlaceholder(new Label("No headers"));
        return table;
    }

    /** The request as it went out, redacted unless the user reveals the credentials (never in presenter mode). */
    private static VBox requestAsSent(ResponseViewModel vm) {
        TextArea requestText = readOnlyText("requestText");
        requestText.textProperty().bind(vm.requestTextProperty());
        javafx.scene.control.CheckBox reveal = new javafx.scene.control.CheckBox("Reveal credentials");
        reveal.setId("revealSecrets");
        reveal.selectedProperty().bindBidirectional(vm.revealSecretsProperty());
        reveal.disableProperty().bind(vm.presenterModeProperty());
        VBox request = new VBox(6, reveal, requestText);
        VBox.setVgrow(requestText, Priority.ALWAYS);
        return request;
    }

    private static TextArea readOnlyText(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().add("mono");
        return area;
    }
}
