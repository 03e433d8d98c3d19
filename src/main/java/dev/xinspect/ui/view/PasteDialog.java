package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.InspectorViewModel;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Paste a response (curl -i output, HAR, exchange JSON). The text is the view model's, so it survives a failure. */
final class PasteDialog extends Dialog<ButtonType> {
    static final ButtonType EXPLAIN = new ButtonType("Explain", ButtonBar.ButtonData.OK_DONE);

    PasteDialog(Window owner, InspectorViewModel vm) {
        Look.own(this, owner);
        setTitle("Paste a response");
        setHeaderText(null);
        TextArea text = new TextArea();
        text.setId("pasteText");
        text.getStyleClass().add("mono");
        text.setPrefSize(760, 420);
        text.setPromptText("HTTP/2 429\ncontent-type: application/json\nx-rate-limit-remaining: 0\n\n{\"title\": \"Too Many Requests\", …}");
        text.textProperty().bindBidirectional(vm.pasteTextProperty());
        Label hint = new Label("Paste a response as curl -i prints it (status line, headers, blank line, body), a HAR file, or an exchange JSON.");
        hint.setWrapText(true);
        getDialogPane().setContent(new VBox(8, hint, text));
        getDialogPane().getButtonTypes().addAll(EXPLAIN, ButtonType.CANCEL);
        setResizable(true);
        setOnShown(e -> text.requestFocus());
    }
}
