package dev.xinspect.ui.view;

import dev.xinspect.core.format.MarkdownLines;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Markdown shown as labels, one per line, styled by kind ({@code preview-heading}, {@code preview-code}, …). */
final class MarkdownPreview {
    private static final MarkdownLines LINES = new MarkdownLines();

    private MarkdownPreview() {
    }

    static List<Node> of(String markdown) {
        return LINES.classify(markdown).stream().filter(line -> line.kind() != MarkdownLines.Kind.FENCE)
                .map(MarkdownPreview::line).toList();
    }

    static Node line(MarkdownLines.Line line) {
        String text = switch (line.kind()) {
            case LIST -> "•  " + line.text();
            default -> line.text();
        };
        Label label = new Label(text);
        label.setWrapText(true); // code lines too: a long curl line wraps rather than ending in "…"
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add("preview-" + line.kind().name().toLowerCase(Locale.ROOT));
        return label;
    }
}
