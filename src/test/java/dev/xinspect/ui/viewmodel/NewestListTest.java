package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class NewestListTest {

    @Test
    void keepsTheNewestElementsInTheOrderTheyCame() {
        NewestList<Integer> list = new NewestList<>(3);
        list.append(List.of(1, 2));
        list.append(List.of(3, 4));
        assertEquals(List.of(2, 3, 4), list);
        list.append(List.of(5, 6, 7, 8));
        assertEquals(List.of(6, 7, 8), list);
    }

    @Test
    void anAppendThatDropsIsOneChangeWithTheDroppedElements() {
        NewestList<Integer> list = new NewestList<>(4);
        list.append(List.of(1, 2, 3));
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<Integer>) change -> {
            StringBuilder text = new StringBuilder();
            while (change.next()) {
                text.append(change.wasRemoved() ? "-" + change.getRemoved() + "@" + change.getFrom() : "")
                        .append(change.wasAdded() ? "+" + change.getAddedSubList() + "@" + change.getFrom() : "");
            }
            changes.add(text.toString());
        });
        list.append(List.of(4, 5, 6));
        assertEquals(List.of("-[1, 2]@0+[4, 5, 6]@1"), changes);
    }

    @Test
    void clearDropsEverythingAndTheListFillsAgain() {
        NewestList<String> list = new NewestList<>(2);
        list.append(List.of("a", "b"));
        list.clear();
        assertEquals(List.of(), list);
        list.append(List.of("c"));
        assertEquals(List.of("c"), list);
    }

    @Test
    void outOfRangeIndexesAndAZeroCapacityAreRefused() {
        NewestList<String> list = new NewestList<>(2);
        list.append(List.of("a"));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(-1));
        assertThrows(IllegalArgumentException.class, () -> new NewestList<String>(0));
    }

    /** Any run of appends and clears: the list equals the tail of everything appended, and its changes replay. */
    @Property(tries = 300)
    void matchesTheTailOfAPlainListAndItsChangesReplay(@ForAll @IntRange(min = 1, max = 12) int capacity,
            @ForAll @Size(max = 30) List<@IntRange(min = -1, max = 20) Integer> appendSizes) {
        NewestList<Integer> list = new NewestList<>(capacity);
        List<Integer> replayed = new ArrayList<>();
        list.addListener((ListChangeListener<Integer>) change -> {
            while (change.next()) {
                replayed.subList(change.getFrom(), change.getFrom() + change.getRemovedSize()).clear();
                replayed.addAll(change.getFrom(), change.getAddedSubList());
            }
        });
        List<Integer> model = new ArrayList<>();
        int next = 0;
        for (int count : appendSizes) {
            if (count < 0) {
                list.clear();
                model.clear();
                continue;
            }
            List<Integer> appended = IntStream.range(next, next + count).boxed().toList();
            next += count;
            list.append(appended);
            model.addAll(appended);
            model.subList(0, Math.max(0, model.size() - capacity)).clear();
        }
        assertEquals(model, list);
        assertEquals(model, replayed);
    }
}
