package dev.xinspect.ui.view;

import javafx.scene.control.Button;

/** Buttons made the one way every pane makes them: a text, an id tests and styles find it by, an action. */
final class Buttons {
    private Buttons() {
    }

    /** @param id the node id; empty for a button nothing looks up */
    static Button of(String text, String id, Runnable action) {
        Button button = new Button(text);
        if (!id.isEmpty()) {
            button.setId(id);
        }
        button.setOnAction(e -> action.run());
        return button;
    }
}
