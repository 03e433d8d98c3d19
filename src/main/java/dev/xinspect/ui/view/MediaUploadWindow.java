package dev.xinspect.ui.view;

import dev.xinspect.core.media.UploadStep;
import dev.xinspect.ui.viewmodel.MediaUploadViewModel;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Upload media: pick a file, see its plan, run the calls one by one with each response and diagnosis, then post it. */
public final class MediaUploadWindow {
    private final Stage stage = new Stage();

    public MediaUploadWindow(Window owner, MediaUploadViewModel vm, List<String> stylesheets, Consumer<String> openLink,
                             Runnable draftForumPost) {
        stage.initOwner(owner);
        stage.setTitle("Upload media");
        TextField file = new TextField();
        file.setId("mediaFile");
        file.setPromptText("Path of an image, GIF or video");
        file.textProperty().bindBidirectional(vm.fileProperty());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button("Choose file…");
        choose.setOnAction(e -> {
            File picked = new FileChooser().showOpenDialog(stage);
            if (picked != null) {
                vm.fileProperty().set(picked.getAbsolutePath());
            }
        });
        Label plan = wrapping(vm.planProperty());
        plan.setId("mediaPlan");
        Button upload = new Button("Upload");
        upload.setId("uploadMedia");
        upload.disableProperty().bind(vm.busyProperty().or(vm.planProperty().isEmpty()));
        upload.setOnAction(e -> vm.upload());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelUpload");
        cancel.disableProperty().bind(vm.busyProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Label status = wrapping(vm.statusProperty());
        status.setId("uploadStatus");

        ListView<UploadStep> steps = new ListView<>(vm.stepsProperty());
        steps.setId("uploadSteps");
        steps.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(UploadStep item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "  " + (item.status() == 0 ? "not sent" : item.status()));
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> steps.getSelectionModel().select(now));
        steps.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        TextArea response = new TextArea();
        response.setId("uploadResponse");
        response.setEditable(false);
        response.getStyleClass().add("mono");
        response.textProperty().bind(vm.responseProperty());
        SplitPane calls = new SplitPane(new VBox(6, steps, response),
                new DiagnosisPane(vm.diagnosis(), openLink, draftForumPost));
        VBox.setVgrow(steps, Priority.ALWAYS);
        VBox.setVgrow(calls, Priority.ALWAYS);

        TextField text = new TextField();
        text.setId("postText");
        text.textProperty().bindBidirectional(vm.postTextProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button attach = new Button("Attach to a Post");
        attach.setId("attachMedia");
        attach.disableProperty().bind(vm.busyProperty().or(vm.mediaIdProperty().isEmpty()));
        attach.setOnAction(e -> vm.attach());

        VBox root = new VBox(8, new HBox(8, file, choose), plan, new HBox(8, upload, cancel), status, calls,
                new Label("Post text"), new HBox(8, text, attach));
        root.getStyleClass().add("pane-header");
        Scene scene = new Scene(root, 980, 720);
        Look.follow(scene, stylesheets);
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }

    private static Label wrapping(javafx.beans.value.ObservableStringValue value) {
        Label label = new Label();
        label.setWrapText(true);
        label.textProperty().bind(value);
        return label;
    }
}
