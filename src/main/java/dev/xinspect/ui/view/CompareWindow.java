package dev.xinspect.ui.view;

import dev.xinspect.core.compare.Change;
import dev.xinspect.core.compare.ExchangeComparison;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Two exchanges as differences, each side named (time, method, path, status): the requests' changes beside the
 * responses' (status, headers, JSON body by path).
 */
final class CompareWindow {
    private final Stage stage = new Stage();

    CompareWindow(Window owner, ExchangeComparison comparison, List<String> stylesheets) {
        stage.initOwner(owner);
        stage.setTitle("Compare exchanges");
        Label left = side("compareLeft", "Left: " + comparison.leftLabel());
        Label right = side("compareRight", "Right: " + comparison.rightLabel());
        Label status = new Label(comparison.statusChanged()
                ? "Status: " + comparison.leftStatus() + " → " + comparison.rightStatus() : "Status: both " + comparison.leftStatus());
        status.setId("compareStatus");
        status.getStyleClass().add("section-heading");
        Label note = new Label(comparison.bodyNote());
        note.setWrapText(true);
        note.setVisible(!comparison.bodyNote().isEmpty());
        note.setManaged(note.isVisible());
        TableView<Change> request = table("requestChanges", comparison.requestChanges());
        VBox requestSide = new VBox(8, heading("Request (method, URL, headers, body)"), request);
        VBox.setVgrow(request, Priority.ALWAYS);
        TableView<Change> headers = table("headerChanges", comparison.headerChanges());
        TableView<Change> body = table("bodyChanges", comparison.bodyChanges());
        VBox responseSide = new VBox(8, status, heading("Response headers"), headers, heading("Response body (JSON paths)"), body, note);
        VBox.setVgrow(body, Priority.ALWAYS);
        SplitPane sides = new SplitPane(requestSide, responseSide);
        sides.setDividerPositions(0.45);
        VBox root = new VBox(8, left, right, sides);
        VBox.setVgrow(sides, Priority.ALWAYS);
        root.getStyleClass().add("pane-header");
        double em = Look.rootFontSizeOf(owner);
        Scene scene = new Scene(root, 76 * em, 48 * em);
        Look.follow(scene, stylesheets);
        stage.setScene(scene);
    }

    private static Label side(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
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
        table.getColumns().add(column("Path", 200, Change::path));
        table.getColumns().add(column("Left", 200, c -> c.left() == null ? "" : c.left()));
        table.getColumns().add(column("Right", 200, c -> c.right() == null ? "" : c.right()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableColumn<Change, String> column(String title, double width, java.util.function.Function<Change, String> value) {
        TableColumn<Change, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
