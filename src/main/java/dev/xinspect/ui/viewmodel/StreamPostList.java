package dev.xinspect.ui.viewmodel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The stream console's list of Posts: the newest {@code max} shown; while paused, new ones are held (the newest
 * {@code max} again) and shown on resume. On the FX thread.
 */
final class StreamPostList {
    private final int max;
    private final ObservableList<String> shown = FXCollections.observableArrayList();
    private final ArrayDeque<String> held = new ArrayDeque<>();
    private final BooleanProperty paused = new SimpleBooleanProperty();

    StreamPostList(int max) {
        this.max = max;
        paused.addListener((obs, was, now) -> {
            if (!now) {
                show(new ArrayList<>(held));
                held.clear();
            }
        });
    }

    void arrived(List<String> posts) {
        if (paused.get()) {
            posts.forEach(this::hold);
        } else {
            show(posts);
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

    private void show(List<String> posts) {
        if (!posts.isEmpty()) {
            shown.addAll(posts);
            if (shown.size() > max) {
                shown.remove(0, shown.size() - max);
            }
        }
    }
}
