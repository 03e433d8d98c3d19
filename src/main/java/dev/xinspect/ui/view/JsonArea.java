package dev.xinspect.ui.view;

import dev.xinspect.core.format.JsonHighlighter;
import dev.xinspect.core.format.LineIndex;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * A read-only, virtualized code area that highlights JSON lazily: only the paragraphs on screen are styled, each
 * once, as they scroll into view. Full-text regex highlighting is RichTextFX's known slow path on large bodies.
 * Past {@link #EDITOR_LINES} lines the body goes to {@link JsonLines} instead: the editor's document costs seconds
 * and hundreds of megabytes for a 10 MB body (README "Benchmarks").
 */
final class JsonArea extends StackPane {
    static final int EDITOR_LINES = 20_000;
    /** A longer line goes to the line list too: the editor lays out a paragraph whole, a 10 MB line froze it. */
    static final int EDITOR_LINE_CHARS = 100_000;

    private final CodeArea area = new CodeArea();
    private final JsonHighlighter highlighter = new JsonHighlighter();
    private final JsonLines large = new JsonLines(highlighter, "prettyLines", true);
    private final VirtualizedScrollPane<CodeArea> editor = new VirtualizedScrollPane<>(area);
    private final LazyJsonHighlighting highlighting = new LazyJsonHighlighting(area);

    JsonArea() {
        area.setEditable(false);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("json-area");
        large.setVisible(false);
        getChildren().addAll(editor, large);
    }

    void show(String text, boolean isJson) {
        highlighting.reset();
        highlighting.setEnabled(isJson);
        LineIndex lines = LineIndex.of(text == null ? "" : text);
        boolean isLarge = lines.count() > EDITOR_LINES || lines.longestLine() > EDITOR_LINE_CHARS;
        large.setVisible(isLarge);
        editor.setVisible(!isLarge);
        if (isLarge) {
            area.clear();
            large.show(lines, isJson);
            return;
        }
        large.show(LineIndex.of(""), false);
        area.replaceText(lines.text());
        area.moveTo(0);
        area.scrollYToPixel(0);
        Platform.runLater(highlighting::highlightVisible);
    }

    /** Selects characters {@code start} to {@code end} of the text shown and scrolls them into view (a find match). */
    void reveal(int start, int end) {
        if (large.isVisible()) {
            large.reveal(start);
        } else if (end <= area.getLength()) {
            area.selectRange(start, end);
            area.requestFollowCaret();
        }
    }

    String text() {
        return large.isVisible() ? large.text() : area.getText();
    }
}
