package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A line list's selection behaves as a list's: click, Shift from the anchor, Ctrl to toggle, all. */
class RowSelectionTest {
    private final RowSelection selection = new RowSelection();

    @Test
    void shiftExtendsFromTheLastRowClickedAloneInEitherDirection() {
        selection.selectOnly(5);
        selection.extendTo(8);
        assertEquals(List.of(5, 6, 7, 8), selection.rows());

        selection.extendTo(3); // the anchor stays at 5
        assertEquals(List.of(3, 4, 5), selection.rows());
        assertEquals(3, selection.focus());
    }

    @Test
    void ctrlTogglesOneRowAndMakesItTheAnchor() {
        selection.selectOnly(1);
        selection.toggle(3);
        assertEquals(List.of(1, 3), selection.rows());
        selection.toggle(1);
        selection.toggle(4);
        assertEquals(List.of(3, 4), selection.rows());

        selection.extendTo(6);
        assertEquals(List.of(4, 5, 6), selection.rows());
    }

    @Test
    void allOfFiveMillionRowsAndClear() {
        selection.selectAll(5_000_000);
        assertEquals(5_000_000, selection.size());

        selection.clear();
        assertEquals(List.of(), selection.rows());
        assertEquals(-1, selection.focus());
        selection.extendTo(2); // with no anchor, Shift selects the row alone
        assertEquals(List.of(2), selection.rows());
    }
}
