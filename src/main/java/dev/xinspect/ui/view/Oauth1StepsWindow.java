package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.EncodedParam;
import dev.xinspect.ui.viewmodel.Oauth1StepsViewModel;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The OAuth 1.0a signer, step by step, for teaching: inputs on the left, every step of RFC 5849 §3.4 below them,
 * updating as you type. The base string's three parts are coloured; the signing key is masked.
 */
public final class Oauth1StepsWindow {
    private final Stage stage = new Stage();

    public Oauth1StepsWindow(Window owner, Oauth1StepsViewModel vm, List<String> stylesheets) {
        stage.initOwner(owner);
        stage.setTitle("OAuth 1.0a signer, step by step");
        GridPane inputs = new GridPane();
        inputs.setHgap(8);
        inputs.setVgap(6);
        row(inputs, 0, "Method", vm.methodProperty(), "oauthMethod");
        row(inputs, 1, "URL (with query)", vm.urlProperty(), "oauthUrl");
        row(inputs, 2, "Form body (name=value&…)", vm.formBodyProperty(), "oauthForm");
        inputs.add(bodyMode(vm), 1, 3);
        row(inputs, 4, "Consumer key", vm.consumerKeyProperty(), "oauthConsumerKey", vm.presenterModeProperty());
        secretRow(inputs, 5, "Consumer secret", vm.consumerSecretProperty(), "oauthConsumerSecret");
        row(inputs, 6, "Token", vm.tokenProperty(), "oauthToken", vm.presenterModeProperty());
        secretRow(inputs, 7, "Token secret", vm.tokenSecretProperty(), "oauthTokenSecret");
        row(inputs, 8, "oauth_nonce", vm.nonceProperty(), "oauthNonce");
        row(inputs, 9, "oauth_timestamp", vm.timestampProperty(), "oauthTimestamp");
        Button fresh = new Button("New nonce and timestamp");
        fresh.setOnAction(e -> vm.newNonceAndTimestamp());
        inputs.add(fresh, 1, 10);

        TableView<EncodedParam> parameters = new TableView<>(vm.parameters());
        parameters.setPrefHeight(180);
        double em = Look.rootFontSizeOf(owner);
        parameters.getColumns().add(column("Name (encoded)", true, em));
        parameters.getColumns().add(column("Value (encoded)", false, em));

        Text method = coloured("base-method", vm.baseMethodProperty());
        Text url = coloured("base-url", vm.baseUrlProperty());
        Text params = coloured("base-params", vm.baseParametersProperty());
        TextFlow base = new TextFlow(method, new Text("&"), url, new Text("&"), params);
        base.getStyleClass().add("mono");

        Label problem = new Label();
        problem.getStyleClass().add("note");
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Label bodyNote = new Label();
        bodyNote.setId("stepBodyNote");
        bodyNote.setWrapText(true);
        bodyNote.getStyleClass().add("note");
        bodyNote.textProperty().bind(vm.bodyNoteProperty());
        bodyNote.visibleProperty().bind(vm.bodyNoteProperty().isNotEmpty());
        bodyNote.managedProperty().bind(bodyNote.visibleProperty());

        VBox steps = new VBox(6, problem, bodyNote,
                heading("1. Collected parameters (query, form body, oauth_*)"), parameters,
                heading("2. Parameter string (sorted by encoded name, then value)"), output(vm.parameterStringProperty(), "stepParameterString"),
                heading("3. Signature base string: method & URL & parameters, each encoded"), base,
                heading("4. Signing key: consumer secret & token secret"), output(vm.signingKeyProperty(), "stepSigningKey"),
                heading("5. Signature: HMAC-SHA1, base64"), output(vm.signatureProperty(), "stepSignature"),
                heading("6. Authorization header"), output(vm.headerProperty(), "stepHeader"));
        VBox root = new VBox(12, inputs, steps);
        root.getStyleClass().addAll("pane-header", "window-body");
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 1000, 820);
        Look.follow(scene, stylesheets);
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }

    private static void row(GridPane grid, int row, String label, StringProperty property, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.getStyleClass().add("mono");
        field.textProperty().bindBidirectional(property);
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.addRow(row, label(label), field);
    }

    /** A field's name: never shortened, the field gives way. */
    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** An identifier: shown as typed, masked while presenter mode is on. */
    private static void row(GridPane grid, int row, String label, StringProperty property, String id,
                            javafx.beans.value.ObservableBooleanValue presenter) {
        TextField plain = new TextField();
        plain.setId(id);
        plain.getStyleClass().add("mono");
        plain.textProperty().bindBidirectional(property);
        javafx.scene.control.PasswordField masked = new javafx.scene.control.PasswordField();
        masked.textProperty().bindBidirectional(property);
        plain.visibleProperty().bind(javafx.beans.binding.Bindings.not(presenter));
        masked.visibleProperty().bind(presenter);
        javafx.scene.layout.StackPane both = new javafx.scene.layout.StackPane(plain, masked);
        GridPane.setHgrow(both, Priority.ALWAYS);
        grid.addRow(row, label(label), both);
    }

    /** A secret: always masked (the signing key below shows its shape). */
    private static void secretRow(GridPane grid, int row, String label, StringProperty property, String id) {
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.addRow(row, label(label), field);
    }

    /** Says how the body field is read (raw or percent-encoded) and shows the body in the other form. */
    private static VBox bodyMode(Oauth1StepsViewModel vm) {
        javafx.scene.control.CheckBox encoded = new javafx.scene.control.CheckBox(
                "The body is percent-encoded, as sent (+ is a space); unticked, it is raw text as it reads");
        encoded.setId("oauthFormEncoded");
        encoded.setWrapText(true);
        encoded.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        encoded.selectedProperty().bindBidirectional(vm.formBodyEncodedProperty());
        Label other = new Label();
        other.setId("oauthFormOtherForm");
        other.getStyleClass().add("mono");
        other.setWrapText(true);
        other.textProperty().bind(vm.formBodyOtherFormProperty());
        Label note = new Label();
        note.getStyleClass().add("note");
        note.setWrapText(true);
        note.textProperty().bind(vm.formBodyNoteProperty());
        return new VBox(2, encoded, other, note);
    }

    private static TableColumn<EncodedParam, String> column(String title, boolean name, double em) {
        TableColumn<EncodedParam, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(name ? cell.getValue().name() : cell.getValue().value()));
        column.setPrefWidth(name ? 20 * em : 46 * em); // oauth_signature_method whole, in any font size
        return column;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    private static TextArea output(javafx.beans.value.ObservableStringValue value, String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(2);
        area.getStyleClass().add("mono");
        area.textProperty().bind(value);
        return area;
    }

    private static Text coloured(String styleClass, javafx.beans.value.ObservableStringValue value) {
        Text text = new Text();
        text.getStyleClass().add(styleClass);
        text.textProperty().bind(value);
        return text;
    }
}
