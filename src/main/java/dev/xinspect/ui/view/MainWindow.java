package dev.xinspect.ui.view;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import dev.xinspect.ui.viewmodel.SettingsViewModel;
import dev.xinspect.ui.viewmodel.StreamViewModel;
import java.io.File;
import java.util.List;
import javafx.scene.Node;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The main window, laid out as in Postman, Insomnia and Bruno: a toolbar and an error banner on top; the
 * Collections/History sidebar the full height on the left; on the right the workshop and environment bars, then the
 * request editor above the response and diagnosis, with a draggable split between them that is remembered.
 */
public final class MainWindow {
    private final Stage stage;
    private final InspectorViewModel vm;
    private final BorderPane root = new BorderPane();
    private final Button settingsButton = new Button("Settings…");
    private final javafx.scene.control.MenuButton signerButton = new javafx.scene.control.MenuButton("OAuth tools");
    private final javafx.scene.control.MenuButton helpButton = new javafx.scene.control.MenuButton("Help");
    private final java.util.function.Supplier<StreamViewModel> streamConsole;
    private final Consumer<String> openLink;
    private Look look;
    private final SplitPane sides = new SplitPane();
    private final SidebarToggle sidebarToggle = new SidebarToggle(sides);
    private final SplitPane requestAndResponse = new SplitPane();
    private VBox responseColumn;
    private CollectionsPane collectionsPane;
    private final VBox work = new VBox();

    public MainWindow(Stage stage, InspectorViewModel vm, Consumer<String> openLink) {
        this(stage, vm, openLink, List.of());
    }

    /** @param aboveResponse the workshop bar and request editor when the window is a workbench */
    public MainWindow(Stage stage, InspectorViewModel vm, Consumer<String> openLink, List<Node> aboveResponse) {
        this(stage, vm, openLink, aboveResponse, null);
    }

    /** @param streamConsole opens the streaming console; null when there is no sandbox to stream from */
    public MainWindow(Stage stage, InspectorViewModel vm, Consumer<String> openLink, List<Node> aboveResponse,
                      java.util.function.Supplier<StreamViewModel> streamConsole) {
        this.streamConsole = streamConsole;
        this.openLink = openLink;
        this.stage = stage;
        this.vm = vm;

        ListView<Exchange> entries = entryList(vm);
        VBox left = new VBox(entries, new ResponsePane(vm.response()));
        responseColumn = left;
        VBox.setVgrow(left.getChildren().get(1), Priority.ALWAYS);
        DiagnosisPane diagnosis = new DiagnosisPane(vm.diagnosis(), openLink, this::draftForumPost);
        SplitPane split = new SplitPane(left, diagnosis);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);

        root.setTop(new VBox(toolbar(), errorBanner()));
        List<Node> editors = aboveResponse.stream().filter(RequestPane.class::isInstance).toList();
        work.getChildren().addAll(aboveResponse.stream().filter(node -> !editors.contains(node)).toList());
        if (editors.isEmpty()) {
            work.getChildren().add(split);
            VBox.setVgrow(split, Priority.ALWAYS);
        } else {
            requestAndResponse.setOrientation(Orientation.VERTICAL);
            // A short window scrolls the request editor rather than cutting its tabs off under the split.
            editors.forEach(editor -> requestAndResponse.getItems().add(scrolling(editor)));
            requestAndResponse.getItems().add(split);
            requestAndResponse.setDividerPositions(0.42);
            requestAndResponse.setId("requestResponseSplit");
            work.getChildren().add(requestAndResponse);
            VBox.setVgrow(requestAndResponse, Priority.ALWAYS);
        }
        sides.getItems().add(work);
        sides.setId("sides");
        root.setCenter(sides);
        root.getStyleClass().add("main-window");

        Scene scene = new Scene(root, 1280, 820);
        scene.getStylesheets().add(MainWindow.class.getResource("/dev/xinspect/ui/xinspect.css").toExternalForm());
        look = new Look(scene);
        look.setPresenting(vm.response().presenterModeProperty().get());
        vm.response().presenterModeProperty().addListener((obs, old, on) -> look.setPresenting(on));
        vm.response().presenterModeProperty().addListener((obs, old, on) -> sidebarToggle.fit(on, scene.getWidth()));
        scene.widthProperty().addListener((obs, old, width) ->
                sidebarToggle.fit(vm.response().presenterModeProperty().get(), width.doubleValue()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.BACK_SLASH, KeyCombination.SHORTCUT_DOWN), sidebarToggle::toggle);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openFile);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::pasteResponse);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::draftForumPost);
        if (streamConsole != null) {
            aboveResponse.stream().filter(RequestPane.class::isInstance).map(RequestPane.class::cast)
                    .forEach(pane -> pane.enableOpenAsStream(this::openStreamConsole));
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    () -> new StreamWindow(stage, streamConsole.get(), scene.getStylesheets()).show());
        }
        stage.setScene(scene);
        stage.setTitle("xinspect");
        WindowIcons.setWhenDecoded(stage);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
    }

    /** The stream console on a request of the workbench ("Open as stream"), connecting at once. */
    private void openStreamConsole(String url, dev.xinspect.ui.viewmodel.AuthOption auth) {
        StreamViewModel console = streamConsole.get();
        new StreamWindow(stage, console, scene().getStylesheets()).show();
        console.openOn(url, auth);
    }

    /** Shows the history list at the left of the window. */
    public void enableHistory(dev.xinspect.ui.viewmodel.HistoryViewModel history) {
        showSidebar(new HistoryPane(history, scene().getStylesheets()));
    }

    /**
     * The split between the request editor and the response, as a fraction of the height from the top; set it to
     * restore a remembered split, listen to it to remember a dragged one.
     */
    public javafx.beans.property.DoubleProperty requestSplitProperty() {
        if (requestAndResponse.getDividers().isEmpty()) {
            return new javafx.beans.property.SimpleDoubleProperty(); // no request editor: nothing to split
        }
        return requestAndResponse.getDividers().get(0).positionProperty();
    }

    /** Shows the request tabs above the request editor: several open requests, each with its own response. */
    public void enableRequestTabs(dev.xinspect.ui.viewmodel.RequestTabsViewModel tabs) {
        work.getChildren().add(work.getChildren().indexOf(requestAndResponse), new RequestTabsBar(tabs));
    }

    private static javafx.scene.control.ScrollPane scrolling(Node content) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        // New content (a request opened, a warning bar, a path row) shows the request line with Send, not a stale offset.
        if (content instanceof javafx.scene.layout.Region region) {
            region.heightProperty().addListener((obs, old, now) -> scroll.setVvalue(scroll.getVmin()));
        }
        return scroll;
    }

    private void showSidebar(Node sidebar) {
        sidebarToggle.attach(sidebar);
    }

    /** Shows the left sidebar as two tabs: the workspace's collections and the history (with HAR export). */
    public void enableSidebar(dev.xinspect.ui.viewmodel.CollectionsViewModel collections,
                              dev.xinspect.ui.viewmodel.HistoryViewModel history, dev.xinspect.ui.viewmodel.ExportViewModel exports) {
        collectionsPane = new CollectionsPane(collections);
        javafx.scene.control.TabPane sidebar = new javafx.scene.control.TabPane(Tabs.of("Collections", scrolling(collectionsPane)),
                Tabs.lazy("History", () -> scrolling(new HistoryPane(history, exports, scene().getStylesheets()))));
        sidebar.setId("sidebar");
        showSidebar(sidebar);
    }

    /** Adds Import (Postman, OpenAPI, X's spec) and Export as Postman to the Collections tab; after {@link #enableSidebar}. */
    public void enableCollectionTransfer(dev.xinspect.ui.viewmodel.CollectionTransferViewModel transfer) {
        collectionsPane.enableTransfer(transfer);
    }

    /** Puts *Fetch all pages* between the exchanges and the response, for endpoints that paginate. */
    public void enablePagination(dev.xinspect.ui.viewmodel.PaginationViewModel pagination) {
        responseColumn.getChildren().add(1, new PaginationBar(pagination));
    }

    /** Shows a panel at the right of the window (student mode's workshop steps); it manages its own visibility. */
    public void enableSidePanel(Node panel) {
        root.setRight(panel);
    }

    /** Adds the OAuth tools to the toolbar: the step-by-step OAuth 1.0a signer, Check a signature and the JWT inspector. */
    public void enableOauthTools(java.util.function.Supplier<dev.xinspect.ui.viewmodel.Oauth1StepsViewModel> steps,
                                 java.util.function.Supplier<dev.xinspect.ui.viewmodel.SignatureCheckViewModel> checks,
                                 java.util.function.Supplier<dev.xinspect.ui.viewmodel.JwtViewModel> jwt) {
        javafx.scene.control.MenuItem signer = new javafx.scene.control.MenuItem("OAuth 1.0a signer, step by step");
        signer.setOnAction(e -> new Oauth1StepsWindow(stage, presenting(steps.get()), scene().getStylesheets()).show());
        javafx.scene.control.MenuItem check = new javafx.scene.control.MenuItem("Check a signature");
        check.setOnAction(e -> new SignatureCheckWindow(stage, checks.get(), scene().getStylesheets()).show());
        javafx.scene.control.MenuItem inspector = new javafx.scene.control.MenuItem("JWT inspector");
        inspector.setOnAction(e -> {
            dev.xinspect.ui.viewmodel.JwtViewModel model = jwt.get();
            model.presenterModeProperty().bind(vm.response().presenterModeProperty());
            new JwtWindow(stage, model, scene().getStylesheets()).show();
        });
        signerButton.getItems().setAll(signer, check, inspector);
        signerButton.setVisible(true);
        signerButton.setManaged(true);
    }

    /** Adds the Webhooks window (CRC calculator, signature checker, the sandbox receiver's events) to the OAuth tools. */
    public void enableWebhooks(java.util.function.Supplier<dev.xinspect.ui.viewmodel.WebhooksViewModel> webhooks) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Webhooks: CRC and signatures");
        item.setId("webhooksItem");
        item.setOnAction(e -> new WebhooksWindow(stage, webhooks.get(), scene().getStylesheets()).show());
        signerButton.getItems().add(item);
    }

    /** Adds the guided chunked media upload, beside the Webhooks window. */
    public void enableMediaUpload(java.util.function.Supplier<dev.xinspect.ui.viewmodel.MediaUploadViewModel> upload) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Upload media (chunked)");
        item.setId("mediaUploadItem");
        item.setOnAction(e -> new MediaUploadWindow(stage, upload.get(), scene().getStylesheets(), openLink, this::draftForumPost).show());
        signerButton.getItems().add(item);
    }

    /** The signer masks identifying values while the window is in presenter mode. */
    private dev.xinspect.ui.viewmodel.Oauth1StepsViewModel presenting(dev.xinspect.ui.viewmodel.Oauth1StepsViewModel steps) {
        steps.presenterModeProperty().bind(vm.response().presenterModeProperty());
        return steps;
    }

    /** Adds Settings (Ctrl+,) and Help (F1 shortcuts, About) to the toolbar. */
    public void enableSettingsAndHelp(SettingsViewModel settings, String version) {
        settingsButton.setOnAction(e -> new SettingsDialog(stage, settings).show());
        javafx.scene.control.MenuItem shortcuts = new javafx.scene.control.MenuItem("Keyboard shortcuts");
        shortcuts.setOnAction(e -> HelpDialogs.shortcuts(stage));
        javafx.scene.control.MenuItem about = new javafx.scene.control.MenuItem("About xinspect");
        about.setOnAction(e -> HelpDialogs.about(stage, version));
        helpButton.getItems().setAll(shortcuts, about);
        for (javafx.scene.Node node : List.of(settingsButton, helpButton)) {
            node.setVisible(true);
            node.setManaged(true);
        }
        scene().getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), settingsButton::fire);
        scene().getAccelerators().put(new KeyCodeCombination(KeyCode.F1), () -> HelpDialogs.shortcuts(stage));
    }

    /** The root font size of this window and every window it opens. */
    public Look look() {
        return look;
    }

    public Scene scene() {
        return stage.getScene();
    }

    /**
     * The toolbar: its buttons, then the name of what is shown (the opened file, "Pasted", the request sent). It
     * wraps onto a second line rather than hiding anything behind an unlabelled overflow arrow.
     */
    private javafx.scene.layout.FlowPane toolbar() {
        Button open = new Button("Open…");
        open.setId("openButton");
        open.setOnAction(e -> openFile());
        Button paste = new Button("Paste response…");
        paste.setId("pasteButton");
        paste.setOnAction(e -> pasteResponse());
        Label source = new Label();
        source.setId("sourceName");
        source.getStyleClass().add("muted");
        source.setWrapText(true); // a long name takes two lines rather than an ellipsis
        source.setMinHeight(Region.USE_PREF_SIZE);
        source.textProperty().bind(vm.sourceProperty());
        source.visibleProperty().bind(vm.sourceProperty().isNotEmpty());
        source.managedProperty().bind(source.visibleProperty());
        javafx.scene.control.ToggleButton presenter = new javafx.scene.control.ToggleButton("Presenter mode");
        presenter.setId("presenterMode");
        presenter.selectedProperty().bindBidirectional(vm.response().presenterModeProperty());
        presenter.selectedProperty().addListener((obs, old, on) -> {
            if (on) {
                root.getStyleClass().add("presenter");
            } else {
                root.getStyleClass().remove("presenter");
            }
        });
        signerButton.setId("signerButton");
        signerButton.setVisible(false);
        signerButton.setManaged(false);
        settingsButton.setId("settingsButton");
        settingsButton.setVisible(false);
        settingsButton.setManaged(false);
        helpButton.setId("helpButton");
        helpButton.setVisible(false);
        helpButton.setManaged(false);
        Button stream = new Button("Stream console…");
        stream.setId("streamButton");
        stream.setOnAction(e -> new StreamWindow(stage, streamConsole.get(), scene().getStylesheets()).show());
        stream.setVisible(streamConsole != null);
        stream.setManaged(streamConsole != null);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(6, 4, sidebarToggle.button(), open, paste, stream, signerButton, presenter,
                settingsButton, helpButton, source);
        source.maxWidthProperty().bind(bar.widthProperty().subtract(24));
        source.setMinWidth(0);
        bar.setMinWidth(0); // the window, not the name's length, sets the width: the name wraps
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private HBox errorBanner() {
        Label message = new Label();
        message.setId("errorBanner");
        message.setWrapText(true);
        message.textProperty().bind(vm.errorProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.setOnAction(e -> vm.dismissError());
        HBox banner = new HBox(10, message, dismiss);
        HBox.setHgrow(message, Priority.ALWAYS);
        banner.getStyleClass().add("error-banner");
        banner.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private static ListView<Exchange> entryList(InspectorViewModel vm) {
        ListView<Exchange> list = new ListView<>(vm.entriesProperty());
        list.setId("entryList");
        list.setPrefHeight(130);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Exchange item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : InspectorViewModel.label(item));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        list.visibleProperty().bind(Bindings.size(vm.entriesProperty()).greaterThan(1));
        list.managedProperty().bind(list.visibleProperty());
        return list;
    }

    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a response");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Responses and HAR files", "*.http", "*.txt", "*.har", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            vm.open(file.toPath());
        }
    }

    private void draftForumPost() {
        vm.draftForumPost(ResponsePane::copyToClipboard)
                .ifPresent(post -> new ForumPostWindow(stage, post, scene().getStylesheets()).show());
    }

    private void pasteResponse() {
        new PasteDialog(stage, vm).showAndWait()
                .filter(button -> button == PasteDialog.EXPLAIN)
                .ifPresent(button -> vm.paste());
    }
}
