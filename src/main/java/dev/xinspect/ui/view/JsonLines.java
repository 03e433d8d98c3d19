package dev.xinspect.ui.view;

import dev.xinspect.core.format.BodyLines;
import dev.xinspect.core.format.JsonHighlighter;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

/**
 * The view of a large body: a virtualized list of line numbers over {@link BodyLines}, each visible line decoded
 * from the bytes and highlighted as its cell is shown. Nothing is built per line that is not on screen, where an
 * editor's document builds an object graph per line (RichTextFX: seconds and about 300 bytes a line for 530,000
 * lines). Lines can be selected (Shift and Ctrl) and copied with Ctrl+C; a large selection is joined off the FX
 * thread. Cells have a fixed height (the CSS sets {@code -fx-fixed-cell-size}), so a jump to any line costs no measuring of the lines before it. Unnumbered, over a
 * {@link BodyLines#wrapped} index, it is the Raw view: every character of the body, a long line over several rows.
 */
final class JsonLines extends ListView<Integer> {
    /** Longer lines are cut on screen: laying out a megabyte of text in one node freezes the window. */
    private static final int SHOWN_BYTES = 4_000;
    /** More selected rows than this are joined for the clipboard on a worker: 500,000 lines take a while. */
    private static final int COPY_INLINE_ROWS = 2_000;

    private final JsonHighlighter highlighter;
    private BodyLines lines = BodyLines.EMPTY;
    private boolean json;
    private final boolean numbered;

    JsonLines(JsonHighlighter highlighter, String id, boolean numbered) {
        this.highlighter = highlighter;
        this.numbered = numbered;
        setId(id);
        getStyleClass().add("json-lines");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setCellFactory(list -> new LineCell());
        setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copySelection();
            }
        });
    }

    private void copySelection() {
        BodyLines from = lines;
        List<Integer> rows = getSelectionModel().getSelectedIndices().stream().sorted().toList();
        if (rows.size() <= COPY_INLINE_ROWS) {
            ResponsePane.copyToClipboard(from.lines(rows));
        } else {
            CompletableFuture.supplyAsync(() -> from.lines(rows))
                    .thenAccept(text -> Platform.runLater(() -> ResponsePane.copyToClipboard(text)));
        }
    }

    void show(BodyLines shown, boolean isJson) {
        lines = shown;
        json = isJson;
        int count = shown.count();
        getSelectionModel().clearSelection();
        // A list of the numbers 0..count-1 that holds nothing per line.
        setItems(FXCollections.observableList(new AbstractList<>() {
            @Override
            public Integer get(int index) {
                return index;
            }

            @Override
            public int size() {
                return count;
            }
        }));
        scrollTo(0);
    }

    /** Selects row {@code row} and scrolls it into view, a few rows below the top. */
    void reveal(int row) {
        if (row < lines.count()) {
            getSelectionModel().clearAndSelect(row);
            scrollTo(Math.max(0, row - 3));
        }
    }

    private final class LineCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            if (empty || index == null) {
                setGraphic(null);
                return;
            }
            int size = lines.lineSize(index);
            String cut = size > SHOWN_BYTES ? lines.linePrefix(index, SHOWN_BYTES) : lines.line(index);
            HBox flow = new HBox(); // never wraps: a cell is one line high (-fx-fixed-cell-size)
            if (numbered) {
                Text number = new Text(String.format("%7d  ", index + 1));
                number.getStyleClass().addAll("text", "lineno");
                flow.getChildren().add(number);
            }
            if (json) {
                int at = 0;
                for (JsonHighlighter.Span span : highlighter.highlight(cut)) {
                    flow.getChildren().add(styled(cut.substring(at, at + span.length()), span.styleClass()));
                    at += span.length();
                }
            } else {
                flow.getChildren().add(styled(cut, ""));
            }
            if (size > SHOWN_BYTES) {
                int more = size - cut.getBytes(StandardCharsets.UTF_8).length;
                flow.getChildren().add(styled(" … (" + more + " more bytes)", "lineno"));
            }
            setGraphic(flow);
        }

        private static Text styled(String text, String styleClass) {
            Text node = new Text(text);
            node.getStyleClass().add("text");
            if (!styleClass.isEmpty()) {
                node.getStyleClass().add(styleClass);
            }
            return node;
        }
    }
}
