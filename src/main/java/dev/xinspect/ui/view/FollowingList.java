package dev.xinspect.ui.view;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Makes a list follow what is appended to it, as a console does: it scrolls to the newest row while the user is at
 * the bottom, and stays where the user scrolled up to read (or while paused) until they scroll back down.
 */
final class FollowingList {
    private FollowingList() {
    }

    static <T> void follow(ListView<T> list, ObservableBooleanValue paused) {
        list.getItems().addListener((ListChangeListener<T>) change -> {
            int added = 0;
            while (change.next()) {
                added += change.getAddedSize() - change.getRemovedSize();
            }
            int size = list.getItems().size();
            if (!paused.get() && size > 0 && wasAtBottom(list, size - Math.max(added, 0))) {
                // after the skin has counted the new rows: scrolling now would stop at the old last row
                javafx.application.Platform.runLater(() -> list.scrollTo(list.getItems().size() - 1));
            }
        });
    }

    /** True when the last row (or the one before it) was on screen before the change, or nothing is laid out yet. */
    private static boolean wasAtBottom(ListView<?> list, int sizeBefore) {
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return true;
        }
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last == null || last.getIndex() < 0 || last.getIndex() >= sizeBefore - 2; // the last row may show in part
    }
}
