package dev.xinspect.ui.view;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

/**
 * One row on screen: the line it shows ({@code -1} for none) and its highlighted text. A row keeps its text nodes
 * from line to line: a new node or a changed style class costs a CSS match (most of a jump's time when each line
 * made new ones), a changed text does not. Nodes a shorter line does not use are hidden.
 */
final class LineRow extends HBox { // never wraps: a row is one line high
    int index = -1;
    private int used;
    private boolean restyled;

    LineRow() {
        getStyleClass().add("line-row");
        setManaged(false);
    }

    void begin() {
        used = 0;
        restyled = false;
    }

    /** Shows {@code text} in the next text node, styled {@code styleClass} (or plain, when empty). */
    void add(String text, String styleClass) {
        if (used == getChildren().size()) {
            getChildren().add(styled(text, styleClass));
            restyled = true;
        } else {
            Text node = (Text) getChildren().get(used);
            node.setText(text);
            node.setVisible(true);
            node.setManaged(true);
            ObservableList<String> classes = node.getStyleClass();
            String shown = classes.size() > 1 ? classes.get(1) : "";
            if (!shown.equals(styleClass)) {
                classes.setAll(styleClass.isEmpty() ? java.util.List.of("text") : java.util.List.of("text", styleClass));
                restyled = true;
            }
        }
        used++;
    }

    /** Hides the nodes this line did not use; true when a node is new or restyled. */
    boolean end() {
        for (int i = used; i < getChildren().size(); i++) {
            Node unused = getChildren().get(i);
            unused.setVisible(false);
            unused.setManaged(false);
        }
        return restyled;
    }

    static Text styled(String text, String styleClass) {
        Text node = new Text(text);
        node.getStyleClass().add("text");
        if (!styleClass.isEmpty()) {
            node.getStyleClass().add(styleClass);
        }
        return node;
    }
}
