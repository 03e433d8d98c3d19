package dev.xinspect.core.webhook;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The most recent requests a webhook receiver got, oldest first, bounded so a flood cannot fill memory. Thread-safe:
 * the receiver adds on its handler threads; listeners are called on that thread and must hand off to their own.
 */
public final class ReceivedEvents {
    private final int capacity;
    private final ArrayDeque<ReceivedEvent> events = new ArrayDeque<>();
    private final List<Consumer<ReceivedEvent>> listeners = new CopyOnWriteArrayList<>();

    public ReceivedEvents(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    public void add(ReceivedEvent event) {
        synchronized (events) {
            if (events.size() == capacity) {
                events.removeFirst();
            }
            events.addLast(event);
        }
        listeners.forEach(listener -> listener.accept(event));
    }

    public List<ReceivedEvent> all() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** Calls {@code listener} with every event added from now on. */
    public void subscribe(Consumer<ReceivedEvent> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<ReceivedEvent> listener) {
        listeners.remove(listener);
    }
}
