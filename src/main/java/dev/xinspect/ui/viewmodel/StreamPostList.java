package dev.xinspect.ui.viewmodel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;

/**
 * The stream console's list of Posts: the newest {@code max} shown; while paused, new ones are held (the newest
 * {@code max} again) and shown on resume. On the FX thread.
 */
final class StreamPostList {
    private final int max;
    private final NewestList<String> shown;
    private final ArrayDeque<String> held = new ArrayDeque<>();
    private final BooleanProperty paused = new SimpleBooleanProperty();

    StreamPostList(int max) {
        this.max = max;
        this.shown = new NewestList<>(max);
        paused.addListener((obs, was, now) -> {
            if (!now) {
                shown.append(new ArrayList<>(held));
                held.clear();
            }
        });
    }

    void arrived(List<String> posts) {
        if (paused.get()) {
            posts.forEach(this::hold);
        } else {
            shown.append(posts);
        }
    }

    void clear() {
        shown.clear();
        held.clear();
    }

    ObservableList<String> shown() {
        return shown;
    }

    BooleanProperty pausedProperty() {
        return paused;
    }

    private void hold(String post) {
        held.addLast(post);
        if (held.size() > max) {
            held.removeFirst();
        }
    }
}
