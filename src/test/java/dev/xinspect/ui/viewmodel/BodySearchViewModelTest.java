package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.format.BodyLines;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodySearchViewModelTest {
    private static final String BODY = "{\n  \"data\": [\n    {\"id\": \"1\", \"text\": \"Hello\"},\n    {\"id\": \"2\", \"text\": \"hello again\"}\n  ]\n}";

    @Test
    void typingCountsTheMatchesAndSelectsTheFirst() {
        BodySearchViewModel vm = new BodySearchViewModel(Runnable::run, Runnable::run);
        vm.setLines(BodyLines.of(BODY));

        vm.queryProperty().set("hello");

        assertEquals(2, vm.countProperty().get());
        assertEquals("1 of 2", vm.statusProperty().get());
        assertEquals(new BodySearchViewModel.Match(2, 25, 30), vm.matchProperty().get()); // line 3: {"id": "1", "text": "Hello"}
    }

    @Test
    void nextAndPreviousGoRoundTheMatches() {
        BodySearchViewModel vm = new BodySearchViewModel(Runnable::run, Runnable::run);
        vm.setLines(BodyLines.of(BODY));
        vm.queryProperty().set("\"id\"");

        vm.next();
        assertEquals("2 of 2", vm.statusProperty().get());
        assertEquals(new BodySearchViewModel.Match(3, 5, 9), vm.matchProperty().get());
        vm.next();
        assertEquals(0, vm.currentProperty().get());
        vm.previous();
        assertEquals(1, vm.currentProperty().get());
    }

    @Test
    void noMatchOrNoQueryClearsTheSelection() {
        BodySearchViewModel vm = new BodySearchViewModel(Runnable::run, Runnable::run);
        vm.setLines(BodyLines.of(BODY));
        vm.queryProperty().set("zebra");
        assertEquals("No matches", vm.statusProperty().get());
        assertNull(vm.matchProperty().get());

        vm.queryProperty().set("");
        assertEquals("", vm.statusProperty().get());
        assertEquals(-1, vm.currentProperty().get());
        vm.next(); // nothing to step to
        assertEquals(-1, vm.currentProperty().get());
    }

    @Test
    void aNewBodyIsSearchedForTheSameQuery() {
        BodySearchViewModel vm = new BodySearchViewModel(Runnable::run, Runnable::run);
        vm.queryProperty().set("id");
        vm.setLines(BodyLines.of(BODY));
        assertEquals(2, vm.countProperty().get());
        vm.setLines(BodyLines.EMPTY);
        assertEquals(0, vm.countProperty().get());
    }

    /** A search overtaken by a later keystroke is dropped: only the last query's result is published. */
    @Test
    void anOlderSearchNeverOverwritesANewerOne() {
        List<Runnable> queued = new ArrayList<>();
        BodySearchViewModel vm = new BodySearchViewModel(queued::add, Runnable::run);
        vm.setLines(BodyLines.of(BODY));
        vm.queryProperty().set("h");
        vm.queryProperty().set("he");
        vm.queryProperty().set("hello again");
        assertTrue(vm.searchingProperty().get());
        assertEquals("Searching…", vm.statusProperty().get());

        queued.reversed().forEach(Runnable::run); // the newest finishes first, the older ones after it

        assertEquals(1, vm.countProperty().get());
        assertEquals("1 of 1", vm.statusProperty().get());
    }
}
