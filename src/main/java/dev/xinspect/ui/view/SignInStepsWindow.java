package dev.xinspect.ui.view;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.ui.viewmodel.FlowStepItem;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A sign-in as a timeline a workshop can follow: each step in order (UTC), its explanation, and for each HTTP call
 * the request and response as sent and received, secrets redacted; a call can be opened in the diagnosis panes.
 */
public final class SignInStepsWindow {
    private final Stage stage = new Stage();

    public SignInStepsWindow(Window owner, ObservableList<FlowStepItem> steps, Consumer<Exchange> openInInspector,
                             List<String> stylesheets) {
        stage.initOwner(owner);
        stage.setTitle("Sign-in, step by step");
        ListView<FlowStepItem> list = new ListView<>(steps);
        list.setId("signInSteps");
        list.setPlaceholder(new Label("Sign in, mint a token or get user tokens: each step appears here."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(FlowStepItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.time() + "  " + item.title());
            }
        });
        Label detail = new Label();
        detail.setId("stepDetail");
        detail.setWrapText(true);
        TextArea call = new TextArea();
        call.setId("stepCall");
        call.setEditable(false);
        call.getStyleClass().add("mono");
        VBox.setVgrow(call, Priority.ALWAYS);
        Button open = new Button("Open this call in the inspector");
        open.setOnAction(e -> {
            FlowStepItem chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && chosen.hasCall()) {
                openInInspector.accept(chosen.call());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            detail.setText(now == null ? "" : now.detail());
            call.setText(now == null ? "" : now.callText());
            open.setDisable(now == null || !now.hasCall());
        });
        open.setDisable(true);
        VBox right = new VBox(8, detail, call, open);
        right.getStyleClass().add("pane-header");
        SplitPane split = new SplitPane(list, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.38);
        Scene scene = new Scene(split, 1000, 560);
        Look.follow(scene, stylesheets);
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }
}
