package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.SignatureCheckViewModel;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** "Check a signature" in OAuth tools: paste a header and its request, see which part of the signature differs. */
public final class SignatureCheckWindow {
    private final Stage stage = new Stage();

    public SignatureCheckWindow(Window owner, SignatureCheckViewModel vm, List<String> stylesheets) {
        stage.initOwner(owner);
        stage.setTitle("Check a signature");
        GridPane inputs = new GridPane();
        inputs.setHgap(8);
        inputs.setVgap(6);
        row(inputs, 0, "Authorization header", area(2), vm.headerProperty(), "checkHeader");
        row(inputs, 1, "Method", new TextField(), vm.methodProperty(), "checkMethod");
        row(inputs, 2, "URL (with query)", new TextField(), vm.urlProperty(), "checkUrl");
        row(inputs, 3, "Form body as sent", new TextField(), vm.formBodyProperty(), "checkForm");
        row(inputs, 4, "Consumer secret", new PasswordField(), vm.consumerSecretProperty(), "checkConsumerSecret");
        row(inputs, 5, "Token secret", new PasswordField(), vm.tokenSecretProperty(), "checkTokenSecret");
        row(inputs, 6, "Logged base string (optional)", area(2), vm.loggedBaseStringProperty(), "checkBaseString");
        Button check = new Button("Check");
        check.setId("checkSignature");
        check.setDefaultButton(true);
        check.setOnAction(e -> vm.check());
        inputs.add(check, 1, 7);

        Label verdict = new Label();
        verdict.setId("checkVerdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("section-heading");
        verdict.textProperty().bind(vm.verdictProperty());
        TextArea result = area(10);
        result.setId("checkResult");
        result.setEditable(false);
        result.textProperty().bind(vm.resultProperty());
        VBox root = new VBox(10, inputs, verdict, result);
        root.getStyleClass().add("pane-header");
        Scene scene = new Scene(root, 900, 720);
        Look.follow(scene, stylesheets);
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }

    private static TextArea area(int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }

    private static void row(GridPane grid, int row, String label, TextInputControl field, javafx.beans.property.StringProperty property,
                            String id) {
        field.setId(id);
        field.getStyleClass().add("mono");
        field.textProperty().bindBidirectional(property);
        GridPane.setHgrow(field, Priority.ALWAYS);
        Label name = new Label(label);
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the field gives way, never its name
        grid.addRow(row, name, field);
    }
}
