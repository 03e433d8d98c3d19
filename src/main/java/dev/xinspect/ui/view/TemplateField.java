package dev.xinspect.ui.view;

import dev.xinspect.core.http.Variables;
import java.util.function.Predicate;
import javafx.beans.property.StringProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * A one-line field for text with {@code {{variables}}} (the URL): each placeholder is highlighted, in another colour
 * when the current environment does not define it, so a request that would stop on it is visible before Send.
 * Built on a one-paragraph text area: RichTextFX's own StyledTextField looks up a stylesheet named after the
 * user-agent theme when its class loads, and has none for AtlantaFX.
 */
final class TemplateField extends StyleClassedTextArea {
    private final Predicate<String> defined;
    private Runnable onAction = () -> { };
    private boolean updating;

    /** @param defined whether the current environment has a value for a variable name */
    TemplateField(StringProperty text, Predicate<String> defined) {
        this.defined = defined;
        getStyleClass().addAll("template-field", "mono");
        setWrapText(false);
        setUseInitialStyleForInsertion(true);
        addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && !key.isShortcutDown()) {
                key.consume();
                onAction.run();
            } else if (key.getCode() == KeyCode.TAB) {
                key.consume(); // a text area would insert a tab; a field moves the focus
                focusSibling(key.isShiftDown() ? -1 : 1);
            }
        });
        replaceText(oneLine(text.get()));
        textProperty().addListener((obs, old, now) -> {
            if (now.indexOf('\n') >= 0 || now.indexOf('\r') >= 0) {
                replaceText(oneLine(now)); // a pasted multi-line URL becomes one line
                return;
            }
            if (!updating) {
                updating = true;
                text.set(now);
                updating = false;
            }
            restyle();
        });
        text.addListener((obs, old, now) -> {
            if (!updating && !getText().equals(now)) {
                updating = true;
                replaceText(oneLine(now));
                updating = false;
            }
        });
        restyle();
    }

    /** What Enter does (send the request). */
    void setOnAction(Runnable action) {
        onAction = action;
    }

    /** Styles the placeholders again, e.g. after the environment changed. */
    void restyle() {
        String current = getText();
        if (current.isEmpty()) {
            return;
        }
        clearStyle(0, current.length());
        for (Variables.Placeholder placeholder : Variables.placeholders(current)) {
            setStyleClass(placeholder.start(), placeholder.end(),
                    defined.test(placeholder.name()) ? "variable-defined" : "variable-undefined");
        }
    }

    /** Moves the focus to the nearest focusable sibling before or after this field (the method box, Send). */
    private void focusSibling(int step) {
        if (getParent() == null) {
            return;
        }
        var siblings = getParent().getChildrenUnmodifiable();
        for (int i = siblings.indexOf(this) + step; i >= 0 && i < siblings.size(); i += step) {
            if (siblings.get(i).isFocusTraversable() && siblings.get(i).isVisible()) {
                siblings.get(i).requestFocus();
                return;
            }
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace("\r", "").replace("\n", "");
    }
}
