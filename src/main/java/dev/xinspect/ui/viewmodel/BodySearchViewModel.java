package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.format.BodyLines;
import dev.xinspect.core.format.TextSearch;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Find in the response body (Ctrl+F): results as the query is typed, the match count, next and previous. Each search
 * runs on the worker over the body's lines (never one String of it) and drops itself once the query or the body has changed, so typing into a
 * 100 MB body never waits for the FX thread or for an older search.
 */
public final class BodySearchViewModel {
    private final Executor worker;
    private final Executor fxThread;
    private final AtomicLong generation = new AtomicLong();
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Match> match = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private TextSearch.Result result = TextSearch.Result.NONE;
    private BodyLines lines = BodyLines.EMPTY;

    /** Where the current match stands in the body: line {@code line}, characters {@code start} (inclusive) to {@code end}. */
    public record Match(int line, int start, int end) {
    }

    public BodySearchViewModel(Executor worker, Executor fxThread) {
        this.worker = worker;
        this.fxThread = fxThread;
        query.addListener((obs, old, now) -> search());
    }

    /** The body searched (the Pretty tab's lines); searching again for the query, if there is one. */
    public void setLines(BodyLines body) {
        lines = body;
        search();
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int by) {
        int found = result.count();
        if (found > 0) {
            select(Math.floorMod(current.get() + by, found));
        }
    }

    private void search() {
        long mine = generation.incrementAndGet();
        String wanted = query.get() == null ? "" : query.get();
        if (wanted.isEmpty()) {
            publish(TextSearch.Result.NONE);
            return;
        }
        BodyLines body = lines;
        searching.set(true);
        status.set("Searching…");
        CompletableFuture.supplyAsync(() -> TextSearch.find(body, wanted, () -> generation.get() != mine), worker)
                .thenAcceptAsync(found -> {
                    if (found != null && generation.get() == mine) {
                        publish(found);
                    }
                }, fxThread);
    }

    private void publish(TextSearch.Result found) {
        result = found;
        searching.set(false);
        count.set(found.count());
        if (found.count() == 0) {
            current.set(-1);
            match.set(null);
            status.set(query.get() == null || query.get().isEmpty() ? "" : "No matches");
        } else {
            select(0);
        }
    }

    private void select(int index) {
        current.set(index);
        int start = result.columns()[index];
        match.set(new Match(result.rows()[index], start, start + result.queryLength()));
        status.set(String.format(Locale.ROOT, "%,d of %,d%s", index + 1, result.count(), result.capped() ? "+" : ""));
    }

    /** Whether the find bar shows; closing it keeps the query for the next Ctrl+F. */
    public BooleanProperty openProperty() {
        return open;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The index of the current match among all, or -1 when there is none. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Match> matchProperty() {
        return match.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** "3 of 1,204", "No matches", "Searching…", or empty when there is no query. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
