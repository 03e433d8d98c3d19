package dev.xinspect.ui.view;

import dev.xinspect.core.format.JsonPrettyPrinter;
import dev.xinspect.ui.viewmodel.StreamViewModel;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The streaming console: connect, live Posts (virtualized list, selected one pretty-printed), counters, timeline. */
public final class StreamWindow {
    private final Stage stage = new Stage();

    public StreamWindow(Window owner, StreamViewModel vm, List<String> stylesheets) {
        stage.initOwner(owner);
        stage.setTitle("Stream console");
        TextField url = new TextField();
        url.setId("streamUrl");
        url.getStyleClass().add("mono");
        url.textProperty().bindBidirectional(vm.urlProperty());
        HBox.setHgrow(url, Priority.ALWAYS);
        Button connect = new Button("Connect");
        connect.setId("connectStream");
        connect.disableProperty().bind(vm.connectedProperty());
        connect.setOnAction(e -> vm.connect());
        Button disconnect = new Button("Disconnect");
        disconnect.disableProperty().bind(vm.connectedProperty().not());
        disconnect.setOnAction(e -> vm.disconnect());
        ToggleButton pause = new ToggleButton("Pause view");
        pause.selectedProperty().bindBidirectional(vm.pausedProperty());
        Label counters = new Label();
        counters.setId("streamCounters");
        counters.textProperty().bind(vm.countersProperty());
        counters.getStyleClass().add("muted");

        ListView<String> posts = new ListView<>(vm.posts());
        posts.setId("streamPosts");
        TextArea selected = new TextArea();
        selected.setEditable(false);
        selected.getStyleClass().add("mono");
        JsonPrettyPrinter printer = new JsonPrettyPrinter();
        posts.getSelectionModel().selectedItemProperty().addListener((obs, old, line) ->
                selected.setText(line == null ? "" : printer.format(line).text()));
        ListView<String> timeline = new ListView<>(vm.timeline());
        timeline.setId("streamTimeline");
        timeline.setPrefHeight(140);

        SplitPane split = new SplitPane(posts, selected);
        split.setDividerPositions(0.55);
        VBox top = new VBox(6, new HBox(6, url, connect, disconnect, pause), counters);
        top.getStyleClass().add("pane-header");
        BorderPane root = new BorderPane(split);
        root.setTop(top);
        root.setBottom(new VBox(2, new Label("Connection timeline (UTC)"), timeline));
        Scene scene = new Scene(root, 1100, 720);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.disconnect());
    }

    public void show() {
        stage.show();
    }
}
