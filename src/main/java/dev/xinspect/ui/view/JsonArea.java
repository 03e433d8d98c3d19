package dev.xinspect.ui.view;

import dev.xinspect.core.format.JsonHighlighter;
import dev.xinspect.core.format.BodyLines;
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
    /** A longer line (in bytes) goes to the line list too: the editor lays out a paragraph whole, a 10 MB line froze it. */
    static final int EDITOR_LINE_CHARS = 100_000;

    private final CodeArea area = new CodeArea();
    private final JsonHighlighter highlighter = new JsonHighlighter();
    private final JsonLines large = new JsonLines(highlighter, "prettyLines", true);
    private final VirtualizedScrollPane<CodeArea> editor = new VirtualizedScrollPane<>(area);
    private final LazyJsonHighlighting highlighting = new LazyJsonHighlighting(area);
    /** The line list shows a large body's first screen: the whole body, when it comes, keeps its scroll. */
    private boolean showingFirstScreen;

    JsonArea() {
        area.setEditable(false);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("json-area");
        large.setVisible(false);
        getChildren().addAll(editor, large);
    }

    void show(String text, boolean isJson) {
        show(BodyLines.of(text == null ? "" : text), isJson, false);
    }

    /**
     * Shows the lines: a small body in the editor (decoded whole), a large one, or the {@code firstOfLarge} screen of
     * one, as a list that decodes what shows.
     */
    void show(BodyLines lines, boolean isJson, boolean firstOfLarge) {
        highlighting.reset();
        highlighting.setEnabled(isJson);
        boolean isLarge = firstOfLarge || lines.count() > EDITOR_LINES || lines.longestLine() > EDITOR_LINE_CHARS;
        large.setVisible(isLarge);
        editor.setVisible(!isLarge);
        boolean continues = showingFirstScreen && isLarge && !lines.isEmpty();
        showingFirstScreen = firstOfLarge && !lines.isEmpty();
        if (isLarge) {
            area.clear();
            large.show(lines, isJson, continues);
            return;
        }
        large.show(BodyLines.EMPTY, false);
        area.replaceText(lines.text());
        area.moveTo(0);
        area.scrollYToPixel(0);
        Platform.runLater(highlighting::highlightVisible);
    }

    /** Selects characters {@code start} to {@code end} of line {@code line} and scrolls them into view (a find match). */
    void reveal(int line, int start, int end) {
        if (large.isVisible()) {
            large.reveal(line);
        } else if (line < area.getParagraphs().size() && end <= area.getParagraph(line).length()) {
            area.selectRange(line, start, line, end);
            area.requestFollowCaret();
        }
    }
}
