package dev.xinspect.ui.view;

import dev.xinspect.core.compare.Change;
import dev.xinspect.core.compare.ExchangeComparison;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Two exchanges side by side as differences: status, then header and JSON body changes by path. */
final class CompareWindow {
    private final Stage stage = new Stage();

    CompareWindow(Window owner, ExchangeComparison comparison, List<String> stylesheets) {
        stage.initOwner(owner);
        stage.setTitle("Compare exchanges");
        Label status = new Label(comparison.statusChanged()
                ? "Status: " + comparison.leftStatus() + " → " + comparison.rightStatus() : "Status: both " + comparison.leftStatus());
        status.setId("compareStatus");
        status.getStyleClass().add("section-heading");
        Label note = new Label(comparison.bodyNote());
        note.setVisible(!comparison.bodyNote().isEmpty());
        VBox root = new VBox(8, status, new Label("Headers"), table("headerChanges", comparison.headerChanges()),
                new Label("Body (JSON paths)"), table("bodyChanges", comparison.bodyChanges()), note);
        root.getStyleClass().add("pane-header");
        Scene scene = new Scene(root, 1000, 640);
        Look.follow(scene, stylesheets);
        stage.setScene(scene);
    }

    void show() {
        stage.show();
    }

    private static TableView<Change> table(String id, List<Change> changes) {
        TableView<Change> table = new TableView<>();
        table.setId(id);
        table.getItems().setAll(changes);
        table.setPlaceholder(new Label("No differences"));
        table.getColumns().add(column("Change", 90, c -> c.kind().name().toLowerCase(java.util.Locale.ROOT)));
        table.getColumns().add(column("Path", 260, Change::path));
        table.getColumns().add(column("Left", 300, c -> c.left() == null ? "" : c.left()));
        table.getColumns().add(column("Right", 300, c -> c.right() == null ? "" : c.right()));
        return table;
    }

    private static TableColumn<Change, String> column(String title, double width, java.util.function.Function<Change, String> value) {
        TableColumn<Change, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
