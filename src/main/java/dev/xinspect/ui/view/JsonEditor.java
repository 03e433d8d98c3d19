package dev.xinspect.ui.view;

import java.time.Duration;
import javafx.beans.property.StringProperty;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/** The request body editor: a code area bound to the view model's text, highlighting JSON as the user types. */
final class JsonEditor extends StackPane {
    private final CodeArea area = new CodeArea();
    private boolean updating;

    JsonEditor(StringProperty text, String id) {
        area.setId(id);
        area.getStyleClass().addAll("json-area", "json-editor");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        LazyJsonHighlighting highlighting = new LazyJsonHighlighting(area);
        area.replaceText(text.get() == null ? "" : text.get());
        area.textProperty().addListener((obs, old, now) -> {
            if (!updating) {
                updating = true;
                text.set(now);
                updating = false;
            }
            highlighting.reset();
        });
        text.addListener((obs, old, now) -> {
            if (!updating && !area.getText().equals(now)) {
                updating = true;
                area.replaceText(now == null ? "" : now);
                updating = false;
            }
        });
        // Restyle once typing pauses: each keystroke would otherwise restyle every visible line.
        area.multiPlainChanges().successionEnds(Duration.ofMillis(60)).subscribe(ignored -> highlighting.highlightVisible());
        getChildren().add(new VirtualizedScrollPane<>(area));
    }
}
