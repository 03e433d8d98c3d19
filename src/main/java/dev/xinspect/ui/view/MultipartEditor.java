package dev.xinspect.ui.view;

import dev.xinspect.ui.viewmodel.FormPartRow;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The multipart body: one line per part (name, text value or file, media type), sent as multipart/form-data. */
final class MultipartEditor extends VBox {
    private final ObservableList<FormPartRow> rows;
    private final VBox lines = new VBox(4);

    MultipartEditor(ObservableList<FormPartRow> rows) {
        super(4);
        setId("multipartEditor");
        this.rows = rows;
        Button add = new Button("Add part");
        add.setId("addPart");
        add.setOnAction(e -> rows.add(new FormPartRow()));
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(scroll, add);
        rows.addListener((ListChangeListener<FormPartRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
    }

    private void rebuild() {
        lines.getChildren().setAll(rows.stream().map(this::line).toList());
    }

    private HBox line(FormPartRow row) {
        TextField name = field(row.nameProperty(), "name", 140);
        TextField value = field(row.valueProperty(), "value (text)", 260);
        TextField file = field(row.fileProperty(), "or a file path", 220);
        value.disableProperty().bind(row.fileProperty().isNotEmpty());
        TextField type = field(row.typeProperty(), "type (optional)", 130);
        Button choose = new Button("File…");
        choose.setOnAction(e -> {
            java.io.File chosen = new FileChooser().showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                row.fileProperty().set(chosen.getPath());
            }
        });
        Button remove = new Button("Remove");
        remove.setOnAction(e -> rows.remove(row));
        HBox.setHgrow(value, Priority.ALWAYS);
        return new HBox(4, name, value, file, choose, type, remove);
    }

    private static TextField field(javafx.beans.property.StringProperty property, String prompt, double width) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        return field;
    }
}
