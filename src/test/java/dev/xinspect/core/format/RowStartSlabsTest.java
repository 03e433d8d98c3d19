package dev.xinspect.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowStartSlabsTest {

    @Test
    void aBodyOfOnePieceGetsASlabJustLargeEnough() {
        RowStartSlabs.Packed packed = new RowStartSlabs().pack(new int[] {0, 5, 9, 0, 0}, 3, 12, 0);
        assertArrayEquals(new int[] {0, 5, 9}, packed.slab());
        assertEquals(0, packed.first());
    }

    @Test
    void piecesAlikeShareTheSlabSizedForThemAll() {
        RowStartSlabs slabs = new RowStartSlabs();
        RowStartSlabs.Packed first = slabs.pack(new int[] {0, 4}, 2, 8, 16); // two more pieces of 8 bytes to come
        RowStartSlabs.Packed second = slabs.pack(new int[] {0, 3}, 2, 8, 8);
        RowStartSlabs.Packed third = slabs.pack(new int[] {1, 6}, 2, 8, 0);
        assertSame(first.slab(), second.slab());
        assertSame(first.slab(), third.slab());
        assertEquals(6, first.slab().length);
        assertEquals(List.of(0, 2, 4), List.of(first.first(), second.first(), third.first()));
        assertArrayEquals(new int[] {0, 4, 0, 3, 1, 6}, first.slab());
    }

    @Test
    void aPieceWithMoreRowsThanGuessedStartsANewSlab() {
        RowStartSlabs slabs = new RowStartSlabs();
        RowStartSlabs.Packed first = slabs.pack(new int[] {0}, 1, 8, 8);
        RowStartSlabs.Packed second = slabs.pack(new int[] {0, 2, 4}, 3, 8, 0);
        assertNotSame(first.slab(), second.slab());
        assertArrayEquals(new int[] {0, 2, 4}, Arrays.copyOfRange(second.slab(), second.first(), second.first() + 3));
    }

    @Test
    void aSlabIsNeverLargerThanAFullOneUnlessOnePieceNeedsMore() {
        RowStartSlabs slabs = new RowStartSlabs();
        int[] starts = new int[1000];
        assertEquals(RowStartSlabs.SLAB_INTS, slabs.pack(starts, 1000, 4000, 1L << 40).slab().length);
        int[] many = new int[RowStartSlabs.SLAB_INTS + 1];
        assertEquals(many.length, new RowStartSlabs().pack(many, many.length, many.length, 0).slab().length);
    }
}
