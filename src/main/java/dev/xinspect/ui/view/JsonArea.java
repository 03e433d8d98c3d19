package dev.xinspect.ui.view;

import dev.xinspect.core.format.JsonHighlighter;
import dev.xinspect.core.format.LineIndex;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A read-only, virtualized code area that highlights JSON lazily: only the paragraphs on screen are styled, each
 * once, as they scroll into view. Full-text regex highlighting is RichTextFX's known slow path on large bodies.
 * Past {@link #EDITOR_LINES} lines the body goes to {@link JsonLines} instead: the editor's document costs seconds
 * and hundreds of megabytes for a 10 MB body (README "Benchmarks").
 */
final class JsonArea extends StackPane {
    private static final int MARGIN = 20;
    static final int EDITOR_LINES = 20_000;

    private final CodeArea area = new CodeArea();
    private final JsonHighlighter highlighter = new JsonHighlighter();
    private final JsonLines large = new JsonLines(highlighter);
    private final VirtualizedScrollPane<CodeArea> editor = new VirtualizedScrollPane<>(area);
    private BitSet highlighted = new BitSet();
    private boolean json;

    JsonArea() {
        area.setEditable(false);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("json-area");
        area.estimatedScrollYProperty().addListener((obs, old, now) -> highlightVisible());
        area.heightProperty().addListener((obs, old, now) -> highlightVisible());
        large.setVisible(false);
        getChildren().addAll(editor, large);
    }

    void show(String text, boolean isJson) {
        json = isJson;
        highlighted = new BitSet();
        LineIndex lines = LineIndex.of(text == null ? "" : text);
        boolean isLarge = lines.count() > EDITOR_LINES;
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
        Platform.runLater(this::highlightVisible);
    }

    String text() {
        return large.isVisible() ? large.text() : area.getText();
    }

    private void highlightVisible() {
        if (!json || area.getParagraphs().isEmpty() || area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        int first;
        int last;
        try {
            first = Math.max(0, area.firstVisibleParToAllParIndex() - MARGIN);
            last = Math.min(area.getParagraphs().size() - 1, area.lastVisibleParToAllParIndex() + MARGIN);
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            return; // the flow has no laid-out cells yet; the next height or scroll change highlights
        }
        for (int paragraph = highlighted.nextClearBit(first); paragraph <= last;
             paragraph = highlighted.nextClearBit(paragraph + 1)) {
            String line = area.getParagraph(paragraph).getText();
            if (!line.isEmpty()) {
                area.setStyleSpans(paragraph, 0, spansOf(highlighter.highlight(line)));
            }
            highlighted.set(paragraph);
        }
    }

    private static StyleSpans<Collection<String>> spansOf(List<JsonHighlighter.Span> spans) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        spans.forEach(span -> builder.add(span.styleClass().isEmpty() ? List.of() : List.of(span.styleClass()), span.length()));
        return builder.create();
    }
}
