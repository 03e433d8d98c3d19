package dev.xinspect.ui.view;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.ui.viewmodel.ProfileEditorViewModel;
import dev.xinspect.ui.viewmodel.ScopeChoice;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.geometry.Insets;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Create or edit a credential profile. Secret fields are masked; they go to the credential store when saved. */
public final class ProfileEditorDialog {
    private final Stage stage = new Stage();
    private final ProfileEditorViewModel vm;
    private final GridPane grid = new GridPane();
    private int row;

    public ProfileEditorDialog(Window owner, ProfileEditorViewModel vm, List<String> stylesheets) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(vm.isNew() ? "New credential profile" : "Edit credential profile");
        grid.setHgap(8);
        grid.setPadding(new Insets(4, 12, 4, 4));
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(captions, fields);

        TextField name = new TextField();
        name.setId("profileName");
        name.textProperty().bindBidirectional(vm.nameProperty());
        add("Name", name, null);
        ComboBox<AuthMode> mode = new ComboBox<>();
        mode.setId("profileMode");
        mode.getItems().setAll(ProfileEditorViewModel.MODES);
        mode.setCellFactory(list -> labelled());
        mode.setButtonCell(labelled());
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        add("Authentication", mode, null);

        secret("Bearer token", vm.bearerTokenProperty(), "bearerToken",
                "Paste it, or leave it empty and mint it from the keys below.", AuthMode.OAUTH2_APP_ONLY);
        secret("Consumer key (API Key)", vm.consumerKeyProperty(), "consumerKey", null, AuthMode.OAUTH2_APP_ONLY, AuthMode.OAUTH1_USER);
        secret("Consumer secret (API Key Secret)", vm.consumerSecretProperty(), "consumerSecret", null,
                AuthMode.OAUTH2_APP_ONLY, AuthMode.OAUTH1_USER);
        secret("Access token", vm.accessTokenProperty(), "accessToken", "Leave empty to get it with the PIN flow.", AuthMode.OAUTH1_USER);
        secret("Access token secret", vm.accessTokenSecretProperty(), "accessTokenSecret", null, AuthMode.OAUTH1_USER);
        secret("Client ID", vm.clientIdProperty(), "clientId", null, AuthMode.OAUTH2_USER);
        secret("Client secret", vm.clientSecretProperty(), "clientSecret",
                "Only for confidential clients (Web App, Automated App or Bot).", AuthMode.OAUTH2_USER);
        Label clientAuth = new Label();
        clientAuth.getStyleClass().add("muted");
        clientAuth.textProperty().bind(vm.clientAuthenticationProperty());
        add("", clientAuth, null, AuthMode.OAUTH2_USER);
        TextField redirect = new TextField();
        redirect.setId("profileRedirect");
        redirect.textProperty().bindBidirectional(vm.redirectUriProperty());
        add("Callback URL", redirect, "Exactly as registered for the App; xinspect listens there on 127.0.0.1 and ::1.",
                AuthMode.OAUTH2_USER);
        VBox scopes = new VBox(2);
        for (ScopeChoice scope : vm.scopes()) {
            CheckBox box = new CheckBox(scope.wireName());
            box.setId("scope-" + scope.wireName());
            box.selectedProperty().bindBidirectional(scope.selectedProperty());
            box.setTooltip(new Tooltip(scope.explanation()));
            Label why = new Label(scope.explanation());
            why.getStyleClass().add("muted");
            scopes.getChildren().add(new HBox(8, box, why));
        }
        add("Scopes", scopes, null, AuthMode.OAUTH2_USER);

        Label problem = new Label();
        problem.setId("profileProblem");
        problem.getStyleClass().add("error-banner");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button save = new Button("Save");
        save.setId("saveProfile");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save().thenAccept(saved -> {
            if (saved) {
                stage.close();
            }
        }));
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Label note = new Label("Keys and tokens are saved to the credential store, never to profiles.json or a collection.");
        note.getStyleClass().add("muted");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        VBox root = new VBox(10, scroll, note, problem, new HBox(8, save, cancel));
        root.getStyleClass().add("pane-header");
        Scene scene = new Scene(root, 820, 640);
        Look.follow(scene, stylesheets);
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }

    private void secret(String label, javafx.beans.property.StringProperty value, String id, String hint, AuthMode... modes) {
        PasswordField masked = new PasswordField();
        masked.setId(id);
        masked.setPrefColumnCount(36);
        masked.textProperty().bindBidirectional(value);
        add(label, masked, hint, modes);
    }

    private void add(String label, Node field, String hint, AuthMode... modes) {
        Label caption = new Label(label);
        // Margins instead of a vertical gap: a hidden row then takes no space at all.
        GridPane.setMargin(caption, new Insets(4, 0, 4, 0));
        GridPane.setValignment(caption, javafx.geometry.VPos.TOP);
        grid.add(caption, 0, row);
        Node content = field;
        if (hint != null) {
            Label muted = new Label(hint);
            muted.getStyleClass().add("muted");
            content = new VBox(2, field, muted);
        }
        GridPane.setMargin(content, new Insets(3, 0, 3, 0));
        grid.add(content, 1, row++);
        if (modes.length > 0) {
            BooleanBinding shown = Bindings.createBooleanBinding(() -> List.of(modes).contains(vm.modeProperty().get()), vm.modeProperty());
            for (Node node : List.of(caption, content)) {
                node.visibleProperty().bind(shown);
                node.managedProperty().bind(shown);
            }
        }
    }

    private static ListCell<AuthMode> labelled() {
        return new ListCell<>() {
            @Override
            protected void updateItem(AuthMode item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        };
    }
}
