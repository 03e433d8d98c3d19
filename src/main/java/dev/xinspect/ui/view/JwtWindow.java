package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.JwtViewModel;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/** Paste a token; see its header, claims and a live expiry countdown. */
public final class JwtWindow {
    private final Stage stage = new Stage();

    public JwtWindow(Window owner, JwtViewModel vm, List<String> stylesheets) {
        stage.initOwner(owner);
        stage.setTitle("JWT inspector");
        TextArea token = new TextArea();
        token.setId("jwtToken");
        token.setPromptText("Paste an access token (a leading \"Bearer \" is fine)");
        token.setWrapText(true);
        token.setPrefRowCount(3);
        token.getStyleClass().add("mono");
        token.textProperty().bindBidirectional(vm.tokenProperty());
        javafx.scene.control.PasswordField masked = new javafx.scene.control.PasswordField();
        masked.setId("jwtTokenMasked");
        masked.textProperty().bindBidirectional(vm.tokenProperty());
        token.visibleProperty().bind(vm.presenterModeProperty().not());
        masked.visibleProperty().bind(vm.presenterModeProperty());
        token.managedProperty().bind(token.visibleProperty());
        masked.managedProperty().bind(masked.visibleProperty());
        Label tokenLabel = new Label("Access token or ID token (JWT)");
        tokenLabel.setLabelFor(token);
        Label summary = new Label();
        summary.setId("jwtSummary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.summaryProperty());
        VBox root = new VBox(8, tokenLabel, token, masked, summary, new Label("Header"), output(vm.headerProperty()),
                new Label("Claims"), output(vm.claimsProperty()));
        root.getStyleClass().add("pane-header");
        Scene scene = new Scene(root, 760, 620);
        Look.follow(scene, stylesheets);
        stage.setScene(scene);
        Timeline countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.refresh()));
        countdown.setCycleCount(Timeline.INDEFINITE);
        stage.setOnShown(e -> countdown.play());
        stage.setOnHidden(e -> countdown.stop());
    }

    public void show() {
        stage.show();
    }

    private static TextArea output(javafx.beans.value.ObservableStringValue value) {
        TextArea area = new TextArea();
        area.setEditable(false);
        area.getStyleClass().add("mono");
        area.textProperty().bind(value);
        return area;
    }
}
