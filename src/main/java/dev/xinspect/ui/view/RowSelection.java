package dev.xinspect.ui.view;

import java.util.BitSet;
import java.util.List;

/**
 * The selected rows of a {@link JsonLines}, as a list's selection behaves: a click selects one row, Shift extends from
 * the anchor (the last row clicked alone), Ctrl toggles one. One bit a row, so selecting all of 5 million lines costs
 * 625 KB, not a list of 5 million numbers.
 */
final class RowSelection {
    private final BitSet selected = new BitSet();
    private int anchor = -1;
    private int focus = -1;

    /** Selects {@code row} alone and makes it the anchor. */
    void selectOnly(int row) {
        selected.clear();
        selected.set(row);
        anchor = row;
        focus = row;
    }

    /** Selects the rows from the anchor to {@code row}, and only those. */
    void extendTo(int row) {
        if (anchor < 0) {
            selectOnly(row);
            return;
        }
        selected.clear();
        selected.set(Math.min(anchor, row), Math.max(anchor, row) + 1);
        focus = row;
    }

    /** Adds {@code row} to the selection, or takes it out; it becomes the anchor. */
    void toggle(int row) {
        selected.flip(row);
        anchor = row;
        focus = row;
    }

    void selectAll(int count) {
        selected.set(0, count);
        anchor = 0;
        focus = Math.max(0, count - 1);
    }

    void clear() {
        selected.clear();
        anchor = -1;
        focus = -1;
    }

    boolean contains(int row) {
        return selected.get(row);
    }

    /** The row the keyboard moves from: the last one clicked or reached, or -1. */
    int focus() {
        return focus;
    }

    /** The selected rows in order. */
    List<Integer> rows() {
        return selected.stream().boxed().toList();
    }

    int size() {
        return selected.cardinality();
    }
}
