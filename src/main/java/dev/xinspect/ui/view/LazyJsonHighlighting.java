package dev.xinspect.ui.view;

import dev.xinspect.core.format.JsonHighlighter;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Styles the JSON paragraphs of a code area that are on screen (plus a margin), each once until {@link #reset()}:
 * full-text highlighting is RichTextFX's known slow path on large bodies.
 */
final class LazyJsonHighlighting {
    private static final int MARGIN = 20;

    private final CodeArea area;
    private final JsonHighlighter highlighter = new JsonHighlighter();
    private BitSet highlighted = new BitSet();
    private boolean enabled = true;

    LazyJsonHighlighting(CodeArea area) {
        this.area = area;
        area.estimatedScrollYProperty().addListener((obs, old, now) -> highlightVisible());
        area.heightProperty().addListener((obs, old, now) -> highlightVisible());
    }

    /** Off for a body that is not JSON: its lines are left plain. */
    void setEnabled(boolean on) {
        enabled = on;
    }

    /** Forgets what was styled (the text changed). */
    void reset() {
        highlighted = new BitSet();
    }

    void highlightVisible() {
        if (!enabled || area.getParagraphs().isEmpty() || area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        int first;
        int last;
        try {
            first = Math.max(0, area.firstVisibleParToAllParIndex() - MARGIN);
            last = Math.min(area.getParagraphs().size() - 1, area.lastVisibleParToAllParIndex() + MARGIN);
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            return; // no laid-out cells yet; the next height or scroll change highlights
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
