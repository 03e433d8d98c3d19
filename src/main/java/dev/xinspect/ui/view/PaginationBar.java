package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.PaginationViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * *Fetch all pages* above the response, shown for endpoints that paginate: the button, a page limit, progress, Stop,
 * the NDJSON and HAR exports of the pages, and at the rate limit the question (wait for the reset, counting down, or
 * stop there).
 */
public final class PaginationBar extends VBox {
    public PaginationBar(PaginationViewModel vm) {
        setId("paginationBar");
        setSpacing(4);
        getStyleClass().add("pane-header");
        visibleProperty().bind(vm.paginatesProperty().or(Bindings.isNotEmpty(vm.pagesProperty())));
        managedProperty().bind(visibleProperty());

        Button fetch = button("fetchAllPagesButton", "Fetch all pages", vm::fetchAll);
        fetch.disableProperty().bind(vm.fetchingProperty().or(vm.paginatesProperty().not()));
        Spinner<Integer> limit = new Spinner<>(1, 1_000, vm.maxPagesProperty().get());
        limit.setId("pageLimitField");
        limit.setEditable(true);
        limit.setPrefWidth(90);
        limit.valueProperty().addListener((obs, old, now) -> vm.maxPagesProperty().set(now));
        Label limitLabel = new Label("Page limit");
        limitLabel.setLabelFor(limit);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(vm.fetchingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button stop = button("stopPagesButton", "Stop", vm::stop);
        stop.visibleProperty().bind(vm.fetchingProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        Button ndjson = button("exportPagesNdjson", "Export NDJSON…", () -> save("pages.ndjson", "NDJSON", "*.ndjson", vm::exportNdjson));
        Button har = button("exportPagesHar", "Export HAR…", () -> save("pages.har", "HAR files", "*.har", vm::exportHar));
        ndjson.disableProperty().bind(vm.fetchingProperty());
        har.disableProperty().bind(ndjson.disableProperty());
        // Shown once there are pages, so the bar stays one row above an empty response.
        for (Button export : java.util.List.of(ndjson, har)) {
            export.visibleProperty().bind(Bindings.isNotEmpty(vm.pagesProperty()));
            export.managedProperty().bind(export.visibleProperty());
        }
        Label status = new Label();
        status.setId("paginationStatus");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.pagesProperty().isEmpty() && vm.statusProperty().get().isEmpty()
                ? "" : vm.pagesProperty().size() + " pages. " + vm.statusProperty().get(), vm.pagesProperty(), vm.statusProperty()));
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        FlowPane row = new FlowPane(8, 4, fetch, limitLabel, limit, progress, stop, ndjson, har);

        getChildren().addAll(row, status, rateLimitQuestion(vm));
    }

    private static FlowPane rateLimitQuestion(PaginationViewModel vm) {
        Label countdown = new Label();
        countdown.setId("resetCountdown");
        countdown.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        countdown.textProperty().bind(vm.countdownProperty());
        Button wait = button("waitForResetButton", "Wait for the reset", vm::waitForResetAndGoOn);
        Button stop = button("stopAtLimitButton", "Stop here", vm::stopAtLimit);
        Label question = new Label("Rate limit reached.");
        question.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        wait.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        stop.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane box = new FlowPane(8, 4, question, countdown, wait, stop);
        box.setId("rateLimitQuestion");
        box.getStyleClass().add("error-banner");
        box.visibleProperty().bind(vm.atRateLimitProperty());
        box.managedProperty().bind(box.visibleProperty());
        Timeline ticking = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        ticking.setCycleCount(Timeline.INDEFINITE);
        vm.atRateLimitProperty().addListener((obs, old, on) -> {
            if (on) {
                ticking.play();
            } else {
                ticking.stop();
            }
        });
        return box;
    }

    private void save(String name, String kind, String pattern, Function<Path, ?> export) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the pages");
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            export.apply(file.toPath());
        }
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
