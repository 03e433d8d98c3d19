package dev.xinspect.ui.view;

import dev.xinspect.core.format.JsonHighlighter;
import dev.xinspect.core.format.LineIndex;
import java.util.AbstractList;
import javafx.collections.FXCollections;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

/**
 * The view of a large body: a virtualized list of line numbers over a {@link LineIndex}, each visible line cut from
 * the text and highlighted as its cell is shown. Nothing is built per line that is not on screen, where an editor's
 * document builds an object graph per line (RichTextFX: seconds and about 300 bytes a line for 530,000 lines).
 * Lines can be selected (Shift and Ctrl) and copied with Ctrl+C. Cells have a fixed height (the CSS sets
 * {@code -fx-fixed-cell-size}), so a jump to any line costs no measuring of the lines before it. Unnumbered, over a
 * {@link LineIndex#wrapped} index, it is the Raw view: every character of the body, a long line over several rows.
 */
final class JsonLines extends ListView<Integer> {
    /** Longer lines are cut on screen: laying out a megabyte of text in one node freezes the window. */
    private static final int SHOWN_CHARS = 4_000;

    private final JsonHighlighter highlighter;
    private LineIndex lines = LineIndex.of("");
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
                ResponsePane.copyToClipboard(lines.lines(getSelectionModel().getSelectedIndices().stream().sorted().toList()));
            }
        });
    }

    void show(LineIndex shown, boolean isJson) {
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

    /** Selects the row holding character {@code offset} and scrolls it into view, a few rows below the top. */
    void reveal(int offset) {
        if (offset > lines.text().length()) {
            return;
        }
        int row = lines.rowOf(offset);
        getSelectionModel().clearAndSelect(row);
        scrollTo(Math.max(0, row - 3));
    }

    String text() {
        return lines.text();
    }

    private final class LineCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            if (empty || index == null) {
                setGraphic(null);
                return;
            }
            String line = lines.line(index);
            String cut = line.length() > SHOWN_CHARS ? line.substring(0, SHOWN_CHARS) : line;
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
            if (cut.length() < line.length()) {
                flow.getChildren().add(styled(" … (" + (line.length() - cut.length()) + " more characters)", "lineno"));
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
