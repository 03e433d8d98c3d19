package dev.xinspect.ui.view;

import dev.xinspect.core.webhook.ReceivedEvent;
import dev.xinspect.ui.viewmodel.WebhooksViewModel;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Webhooks and the Account Activity API: CRC calculator, signature checker, and the sandbox receiver's events. */
public final class WebhooksWindow {
    private final Stage stage = new Stage();

    public WebhooksWindow(Window owner, WebhooksViewModel vm, List<String> stylesheets) {
        stage.initOwner(owner);
        stage.setTitle("Webhooks");
        PasswordField secret = new PasswordField();
        secret.setId("webhookSecret");
        secret.setPromptText("Consumer secret (API key secret)");
        secret.textProperty().bindBidirectional(vm.consumerSecretProperty());

        TextField token = new TextField();
        token.setId("crcToken");
        token.setPromptText("crc_token from X's GET request");
        token.textProperty().bindBidirectional(vm.crcTokenProperty());
        TextField response = readOnly(vm.crcResponseProperty());
        response.setId("crcResponse");

        TextArea body = new TextArea();
        body.setId("eventBody");
        body.setPromptText("Paste the event body exactly as received");
        body.setPrefRowCount(5);
        body.getStyleClass().add("mono");
        body.textProperty().bindBidirectional(vm.eventBodyProperty());
        TextField header = new TextField();
        header.setId("signatureHeader");
        header.setPromptText("x-twitter-webhooks-signature: sha256=…");
        header.getStyleClass().add("mono");
        header.textProperty().bindBidirectional(vm.signatureHeaderProperty());
        Label verdict = new Label();
        verdict.setId("signatureVerdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(vm.verdictProperty());
        Button sign = new Button("Sign body");
        sign.setOnAction(e -> vm.signBody());
        Button deliver = new Button("Deliver to sandbox receiver");
        deliver.setId("deliverEvent");
        deliver.setOnAction(e -> vm.deliver());
        Label status = new Label();
        status.textProperty().bind(vm.deliveryStatusProperty());

        ListView<ReceivedEvent> events = new ListView<>(vm.eventsProperty());
        events.setId("receivedEvents");
        events.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ReceivedEvent item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.summary());
            }
        });

        VBox root = new VBox(8, new Label("Consumer secret"), secret,
                new Label("Challenge-Response Check: the response_token to return"), token, response,
                new Label("Signature of a delivered event"), body, header, new HBox(8, sign, deliver, status), verdict,
                new Label("Received by the sandbox receiver at " + vm.receiverUrl()), events);
        root.getStyleClass().add("pane-header");
        Scene scene = new Scene(root, 820, 720);
        Look.follow(scene, stylesheets);
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.close());
    }

    public void show() {
        stage.show();
    }

    private static TextField readOnly(javafx.beans.value.ObservableStringValue value) {
        TextField field = new TextField();
        field.setEditable(false);
        field.getStyleClass().add("mono");
        field.textProperty().bind(value);
        return field;
    }
}
