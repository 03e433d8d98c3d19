package dev.xinspect.ui.view;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/** Tabs the user cannot close, with their content made at once or the first time the tab is selected. */
final class Tabs {
    private Tabs() {
    }

    static Tab of(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    /**
     * A tab whose content is made the first time it is selected: a tab pane lays out and styles every tab's content,
     * shown or not, so what sits behind a tab nobody opened would be built before the first frame for nothing.
     */
    static Tab lazy(String title, Supplier<Node> content) {
        Tab tab = of(title, null);
        tab.selectedProperty().addListener((obs, old, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }
}
