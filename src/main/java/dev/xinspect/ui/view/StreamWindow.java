package dev.xinspect.ui.view;

import dev.xinspect.core.format.JsonPrettyPrinter;
import dev.xinspect.ui.viewmodel.StreamRecordingViewModel;
import dev.xinspect.ui.viewmodel.StreamViewModel;
import java.io.File;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The streaming console: connect and stop (with the reconnect countdown), live Posts (virtualized list, selected one
 * pretty-printed), counters and the buffer gauge, save to NDJSON, the timeline and the rules editor.
 */
public final class StreamWindow {
    private final Stage stage = new Stage();

    public StreamWindow(Window owner, StreamViewModel vm, List<String> stylesheets) {
        stage.initOwner(owner);
        stage.setTitle("Stream console");
        TextField url = new TextField();
        url.setId("streamUrl");
        url.getStyleClass().add("mono");
        url.textProperty().bindBidirectional(vm.urlProperty());
        url.disableProperty().bind(vm.activeProperty());
        HBox.setHgrow(url, Priority.ALWAYS);
        Button connect = new Button("Connect");
        connect.setId("connectStream");
        connect.getStyleClass().add("accent");
        connect.disableProperty().bind(vm.activeProperty());
        connect.setOnAction(e -> vm.connect());
        Button stop = new Button("Stop");
        stop.setId("stopStream");
        stop.disableProperty().bind(vm.activeProperty().not());
        stop.setOnAction(e -> vm.stop());
        ToggleButton pause = new ToggleButton("Pause view");
        pause.setId("pauseView");
        pause.selectedProperty().bindBidirectional(vm.pausedProperty());
        Button save = new Button();
        save.setId("saveStream");
        save.textProperty().bind(Bindings.when(vm.recording().savingProperty()).then("Stop saving").otherwise("Save NDJSON…"));
        save.setOnAction(e -> save(vm.recording()));

        Label auth = new Label();
        auth.getStyleClass().add("muted");
        auth.textProperty().bind(Bindings.createStringBinding(() -> "As " + vm.target().authProperty().get().label(),
                vm.target().authProperty()));
        TextField stall = new TextField();
        stall.setId("stallSeconds");
        stall.setPrefColumnCount(4);
        stall.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        stall.textProperty().bindBidirectional(vm.stallSecondsProperty());
        stall.disableProperty().bind(vm.activeProperty());
        Label status = new Label();
        status.setId("streamStatus");
        status.textProperty().bind(vm.statusProperty());
        Label counters = new Label();
        counters.setId("streamCounters");
        counters.textProperty().bind(vm.countersProperty());
        counters.getStyleClass().add("muted");
        ProgressBar buffer = new ProgressBar();
        buffer.setId("bufferGauge");
        buffer.progressProperty().bind(vm.bufferFillProperty());
        Label saved = new Label();
        saved.textProperty().bind(vm.recording().statusProperty());
        saved.getStyleClass().add("muted");

        ListView<String> posts = new ListView<>(vm.posts());
        posts.setId("streamPosts");
        FollowingList.follow(posts, vm.pausedProperty());
        JsonArea selected = new JsonArea(); // the selected Post, pretty and highlighted as in the response view
        selected.setId("streamPost");
        JsonPrettyPrinter printer = new JsonPrettyPrinter();
        posts.getSelectionModel().selectedItemProperty().addListener((obs, old, line) ->
                selected.show(line == null ? "" : printer.format(line).text(), line != null));
        SplitPane split = new SplitPane(posts, selected);
        split.setDividerPositions(0.55);

        TabPane below = new TabPane(Tabs.of("Timeline (UTC)", new StreamTimelinePane(vm.timeline())),
                Tabs.of("Rules (filtered stream)", new StreamRulesPane(vm.rules())));
        below.setId("streamTabs");
        below.setPrefHeight(280);

        VBox top = new VBox(6, new HBox(6, url, connect, stop, pause, save),
                centred(new HBox(8, auth, new Label("· stall after"), stall, new Label("s without a byte"))),
                status, new HBox(10, counters, new Label("buffer"), buffer, saved));
        top.getStyleClass().add("pane-header");
        BorderPane root = new BorderPane(new SplitPane(split, below));
        ((SplitPane) root.getCenter()).setOrientation(javafx.geometry.Orientation.VERTICAL);
        ((SplitPane) root.getCenter()).setDividerPositions(0.6);
        root.setTop(top);
        root.setPadding(new javafx.geometry.Insets(0, 8, 8, 8));
        Scene scene = new Scene(root, 1100, 760);
        Look.follow(scene, stylesheets);
        stage.setScene(scene);
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        stage.setOnShown(e -> ticker.play());
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.frame();
            }
        };
        vm.activeProperty().addListener((obs, was, active) -> { // Posts reach the list once per frame while it runs
            if (active) {
                vm.handOverPerFrame(true);
                frames.start();
            } else {
                frames.stop();
                vm.handOverPerFrame(false);
            }
        });
        stage.setOnHidden(e -> {
            ticker.stop();
            vm.stop();
            vm.recording().stop();
        });
    }

    private void save(StreamRecordingViewModel recording) {
        if (recording.savingProperty().get()) {
            recording.stop();
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the stream as NDJSON");
        chooser.setInitialFileName("stream.ndjson");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("NDJSON", "*.ndjson", "*.jsonl"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            recording.start(file.toPath());
        }
    }

    public void show() {
        stage.show();
    }

    private static HBox centred(HBox row) {
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }
}
