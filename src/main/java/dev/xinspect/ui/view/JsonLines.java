package dev.xinspect.ui.view;

import dev.xinspect.core.format.BodyLines;
import dev.xinspect.core.format.JsonHighlighter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The view of a large body: the lines of a {@link BodyLines} in rows of one height, each row on screen decoded from
 * the bytes and highlighted as it scrolls in. It holds a row node per row on screen and nothing per line, and every
 * scroll, jump or layout costs the rows on screen, whatever the line count. A {@code ListView} did not: JavaFX 21's
 * {@code VirtualFlow} walks every line above the one shown on each jump (110 ms at line 3 million of a 100 MB body).
 * Rows can be selected as in a list (click, Shift, Ctrl, drag, the arrow keys, Ctrl+A) and copied with Ctrl+C; a large
 * selection is joined off the FX thread. Unnumbered, over a {@link BodyLines#wrapped} index, it is the Raw view:
 * every character of the body, a long line over several rows.
 */
final class JsonLines extends Region {
    /** Longer lines are cut on screen: laying out a megabyte of text in one node freezes the window. */
    private static final int SHOWN_BYTES = 4_000;
    /** More selected rows than this are joined for the clipboard on a worker: 500,000 lines take a while. */
    private static final int COPY_INLINE_ROWS = 2_000;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final JsonHighlighter highlighter;
    private final boolean numbered;
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final Pane viewport = new Pane();
    private final Rectangle clip = new Rectangle();
    /** Measures one row's height in the current font (the rows' text is styled by the same CSS). */
    private final Text probe = LineRow.styled("0", "");
    private final List<LineRow> rows = new ArrayList<>();
    private final RowSelection selection = new RowSelection();
    private BodyLines lines = BodyLines.EMPTY;
    private boolean json;
    /** The widest row laid out since the lines were shown: the horizontal scroll's extent. */
    private double widest;

    JsonLines(JsonHighlighter highlighter, String id, boolean numbered) {
        this.highlighter = highlighter;
        this.numbered = numbered;
        setId(id);
        getStyleClass().add("json-lines");
        setFocusTraversable(true);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setUnitIncrement(1);
        vertical.valueProperty().addListener(o -> requestLayout());
        horizontal.setUnitIncrement(20);
        horizontal.valueProperty().addListener(o -> requestLayout());
        probe.setVisible(false);
        viewport.getStyleClass().add("line-viewport");
        viewport.setClip(clip);
        viewport.getChildren().add(probe);
        viewport.setOnMousePressed(this::pressed);
        viewport.setOnMouseDragged(this::dragged);
        getChildren().addAll(viewport, vertical, horizontal);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Shows {@code shown} from its first line. */
    void show(BodyLines shown, boolean isJson) {
        show(shown, isJson, false);
    }

    /**
     * Shows {@code shown}; {@code keepPosition} keeps the scroll and the selection where they are, for the whole of a
     * body whose first screen is on show (the rows on screen stay the same lines).
     */
    void show(BodyLines shown, boolean isJson, boolean keepPosition) {
        lines = shown;
        json = isJson;
        for (LineRow row : rows) {
            row.index = -1;
        }
        if (!keepPosition) {
            selection.clear();
            widest = 0;
            vertical.setValue(0);
            horizontal.setValue(0);
        }
        requestLayout();
    }

    /** Selects row {@code row} and scrolls it into view, a few rows below the top. */
    void reveal(int row) {
        if (row < lines.count()) {
            selection.selectOnly(row);
            vertical.setValue(Math.max(0, row - 3));
            refreshSelection();
            requestLayout();
        }
    }

    /** How many rows there are (lines, or the Raw view's rows). */
    int rowCount() {
        return lines.count();
    }

    /** The selected rows, in order. */
    List<Integer> selectedRows() {
        return selection.rows();
    }

    private int topRow() {
        return (int) vertical.getValue();
    }

    private double rowHeight() {
        Insets padding = rows.isEmpty() ? Insets.EMPTY : rows.get(0).getPadding();
        return Math.max(1, snapSizeY(probe.getLayoutBounds().getHeight() + padding.getTop() + padding.getBottom()));
    }

    /** The rows that fit whole in the viewport. */
    private int rowsInView() {
        return Math.max(1, (int) (viewport.getHeight() / rowHeight()));
    }

    // A list's sizes (as ListView's): it fills what its pane gives it and never asks for its content's size.
    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight() + vertical.minWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return getInsets().getTop() + getInsets().getBottom() + rowHeight();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 400;
    }

    @Override
    protected void layoutChildren() {
        if (rows.isEmpty()) {
            rows.add(newRow()); // its padding (from CSS) is part of the row height
        }
        Insets insets = getInsets();
        double width = getWidth() - insets.getLeft() - insets.getRight();
        double height = getHeight() - insets.getTop() - insets.getBottom();
        double barWidth = vertical.prefWidth(-1);
        double barHeight = horizontal.prefHeight(-1);
        double rowHeight = rowHeight();
        int count = lines.count();
        boolean needVertical = count * rowHeight > height;
        boolean needHorizontal = widest > width - (needVertical ? barWidth : 0);
        if (!needVertical && needHorizontal) {
            needVertical = count * rowHeight > height - barHeight;
        }
        double viewWidth = Math.max(0, width - (needVertical ? barWidth : 0));
        double viewHeight = Math.max(0, height - (needHorizontal ? barHeight : 0));
        viewport.resizeRelocate(insets.getLeft(), insets.getTop(), viewWidth, viewHeight);
        clip.setWidth(viewWidth);
        clip.setHeight(viewHeight);

        int whole = Math.max(1, (int) (viewHeight / rowHeight));
        vertical.setVisible(needVertical);
        vertical.setMax(Math.max(0, count - whole));
        vertical.setValue(clamp(vertical.getValue(), vertical.getMax()));
        vertical.setVisibleAmount(whole);
        vertical.setBlockIncrement(whole);
        vertical.resizeRelocate(insets.getLeft() + viewWidth, insets.getTop(), barWidth, viewHeight);
        layoutRows(Math.min(count - topRow(), (int) Math.ceil(viewHeight / rowHeight)), rowHeight, viewWidth);

        horizontal.setVisible(needHorizontal);
        horizontal.setMax(Math.max(0, widest - viewWidth));
        horizontal.setVisibleAmount(viewWidth);
        horizontal.setBlockIncrement(viewWidth);
        horizontal.resizeRelocate(insets.getLeft(), insets.getTop() + viewHeight, viewWidth, barHeight);
    }

    /** Places {@code shown} rows from the top row; a row already showing its line keeps its nodes (a wheel scroll). */
    private void layoutRows(int shown, double rowHeight, double viewWidth) {
        int top = topRow();
        while (rows.size() < shown) {
            rows.add(newRow());
        }
        List<LineRow> free = new ArrayList<>();
        LineRow[] placed = new LineRow[shown];
        for (LineRow row : rows) {
            int slot = row.index - top;
            if (row.index >= 0 && slot >= 0 && slot < shown && placed[slot] == null) {
                placed[slot] = row;
            } else {
                free.add(row);
            }
        }
        for (int slot = 0; slot < shown; slot++) {
            if (placed[slot] == null) {
                placed[slot] = free.remove(free.size() - 1);
                fill(placed[slot], top + slot);
            }
        }
        for (LineRow row : free) {
            row.index = -1;
            row.setVisible(false);
        }
        double x = -horizontal.getValue();
        for (int slot = 0; slot < shown; slot++) {
            LineRow row = placed[slot];
            row.setVisible(true);
            widest = Math.max(widest, row.prefWidth(-1));
            row.resizeRelocate(snapPositionX(x), slot * rowHeight, Math.max(viewWidth, widest), rowHeight);
        }
    }

    private LineRow newRow() {
        LineRow row = new LineRow();
        viewport.getChildren().add(row);
        row.applyCss();
        return row;
    }

    /** Decodes and highlights line {@code index} into {@code row}. */
    private void fill(LineRow row, int index) {
        row.index = index;
        row.pseudoClassStateChanged(SELECTED, selection.contains(index));
        int size = lines.lineSize(index);
        String cut = size > SHOWN_BYTES ? lines.linePrefix(index, SHOWN_BYTES) : lines.line(index);
        row.begin();
        if (numbered) {
            row.add(String.format("%7d  ", index + 1), "lineno");
        }
        if (json) {
            int at = 0;
            for (JsonHighlighter.Span span : highlighter.highlight(cut)) {
                row.add(cut.substring(at, at + span.length()), span.styleClass());
                at += span.length();
            }
        } else {
            row.add(cut, "");
        }
        if (size > SHOWN_BYTES) {
            int more = size - cut.getBytes(StandardCharsets.UTF_8).length;
            row.add(" … (" + more + " more bytes)", "lineno");
        }
        if (row.end()) {
            row.applyCss(); // a new or restyled text: its width counts in this layout
        }
    }

    private void refreshSelection() {
        for (LineRow row : rows) {
            row.pseudoClassStateChanged(SELECTED, row.index >= 0 && selection.contains(row.index));
        }
    }

    /** The row under {@code y} in the viewport, clamped to the rows there are. */
    private int rowAt(double y) {
        int row = topRow() + (int) Math.floor(y / rowHeight());
        return Math.max(0, Math.min(lines.count() - 1, row));
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (lines.count() == 0 || !e.isPrimaryButtonDown()) {
            return;
        }
        int row = rowAt(e.getY());
        if (e.isShiftDown()) {
            selection.extendTo(row);
        } else if (e.isShortcutDown()) {
            selection.toggle(row);
        } else {
            selection.selectOnly(row);
        }
        refreshSelection();
    }

    /** A drag selects from where it started, scrolling when it leaves the top or the bottom. */
    private void dragged(MouseEvent e) {
        if (lines.count() == 0 || !e.isPrimaryButtonDown()) {
            return;
        }
        if (e.getY() < 0) {
            scrollBy(-1);
        } else if (e.getY() > viewport.getHeight()) {
            scrollBy(1);
        }
        selection.extendTo(rowAt(Math.max(0, Math.min(viewport.getHeight() - 1, e.getY()))));
        refreshSelection();
    }

    /** A wheel scrolls the lines the system says a notch is (three, usually); a touchpad, by its pixels. */
    private void scrolled(ScrollEvent e) {
        double rowsBy = switch (e.getTextDeltaYUnits()) {
            case LINES -> -e.getTextDeltaY();
            case PAGES -> -e.getTextDeltaY() * rowsInView();
            case NONE -> -e.getDeltaY() / rowHeight();
        };
        vertical.setValue(clamp(vertical.getValue() + rowsBy, vertical.getMax()));
        horizontal.setValue(clamp(horizontal.getValue() - e.getDeltaX(), horizontal.getMax()));
        e.consume();
    }

    private void scrollBy(int rowsBy) {
        vertical.setValue(clamp(vertical.getValue() + rowsBy, vertical.getMax()));
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }

    private void keyPressed(KeyEvent e) {
        int count = lines.count();
        if (count == 0) {
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
            copySelection();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.A) {
            selection.selectAll(count);
            refreshSelection();
        } else {
            int from = selection.focus() < 0 ? topRow() : selection.focus();
            int to = switch (e.getCode()) {
                case UP -> from - 1;
                case DOWN -> from + 1;
                case PAGE_UP -> from - rowsInView();
                case PAGE_DOWN -> from + rowsInView();
                case HOME -> 0;
                case END -> count - 1;
                default -> -2;
            };
            if (to == -2) {
                return;
            }
            moveTo(Math.max(0, Math.min(count - 1, to)), e.isShiftDown());
        }
        e.consume();
    }

    /** Selects {@code row} (or extends to it) and scrolls it into view. */
    private void moveTo(int row, boolean extend) {
        if (extend) {
            selection.extendTo(row);
        } else {
            selection.selectOnly(row);
        }
        int top = topRow();
        if (row < top) {
            vertical.setValue(row);
        } else if (row >= top + rowsInView()) {
            vertical.setValue(row - rowsInView() + 1);
        }
        refreshSelection();
    }

    private void copySelection() {
        BodyLines from = lines;
        List<Integer> selected = selection.rows();
        if (selected.size() <= COPY_INLINE_ROWS) {
            ResponsePane.copyToClipboard(from.lines(selected));
        } else {
            CompletableFuture.supplyAsync(() -> from.lines(selected))
                    .thenAccept(text -> Platform.runLater(() -> ResponsePane.copyToClipboard(text)));
        }
    }
}
