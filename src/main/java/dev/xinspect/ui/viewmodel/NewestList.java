package dev.xinspect.ui.viewmodel;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * An observable list of the newest {@code capacity} elements appended: an append drops the oldest past capacity,
 * and both happen in one change. A ring under the list makes that cost the elements appended and dropped only;
 * an {@code ObservableList} trimmed with {@code remove(0, n)} removes one element at a time, shifting the whole
 * list each time, which took a full-speed stream's frame past 100 ms.
 */
final class NewestList<E> extends ObservableListBase<E> {
    private final Object[] ring;
    private int head;
    private int size;

    NewestList(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        ring = new Object[capacity];
    }

    /** Appends {@code elements}, dropping the oldest elements past capacity, in one change. */
    void append(List<? extends E> elements) {
        if (elements.isEmpty()) {
            return;
        }
        List<? extends E> kept = elements.size() > ring.length
                ? elements.subList(elements.size() - ring.length, elements.size())
                : elements;
        beginChange();
        dropOldest(size + kept.size() - ring.length);
        int from = size;
        for (E element : kept) {
            ring[slot(size++)] = element;
        }
        nextAdd(from, size);
        endChange();
    }

    @Override
    public void clear() {
        if (size > 0) {
            beginChange();
            dropOldest(size);
            endChange();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + size);
        }
        return (E) ring[slot(index)];
    }

    @Override
    public int size() {
        return size;
    }

    private void dropOldest(int count) {
        if (count <= 0) {
            return;
        }
        List<E> dropped = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            dropped.add(get(i));
            ring[slot(i)] = null; // let the dropped element go
        }
        head = slot(count);
        size -= count;
        nextRemove(0, dropped);
    }

    private int slot(int index) {
        return (head + index) % ring.length;
    }
}
