package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.compare.ExchangeComparer;
import dev.xinspect.core.compare.ExchangeComparison;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.workspace.History;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The history list: every exchange of this run, newest first, searchable; reopen one into the response and
 * diagnosis panes, or compare two.
 */
public final class HistoryViewModel {
    private final History history;
    private final Clock clock;
    private final BiConsumer<Exchange, String> reopen;
    private final ExchangeComparer comparer = new ExchangeComparer();
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneOffset.UTC);
    private final ObservableList<HistoryItem> entries = FXCollections.observableArrayList();
    private final java.util.Map<Long, History.Entry> byId = new java.util.HashMap<>();
    private final StringProperty query = new SimpleStringProperty("");

    public HistoryViewModel(History history, Clock clock, BiConsumer<Exchange, String> reopen) {
        this.history = history;
        this.clock = clock;
        this.reopen = reopen;
        query.addListener((obs, old, now) -> refresh());
    }

    /** Records an exchange that was just shown. */
    public void record(Exchange exchange) {
        history.add(exchange, clock.instant());
        refresh();
    }

    public void reopen(HistoryItem item) {
        History.Entry entry = byId.get(item.id());
        if (entry != null) {
            reopen.accept(entry.exchange(), entry.label() + (entry.truncated() ? " (body cut in history)" : ""));
        }
    }

    /** Compares the first item selected (left) with the second (right); empty unless exactly two are given. */
    public Optional<ExchangeComparison> compare(List<HistoryItem> selected) {
        if (selected.size() != 2 || !byId.containsKey(selected.get(0).id()) || !byId.containsKey(selected.get(1).id())) {
            return Optional.empty();
        }
        return Optional.of(comparer.compare(byId.get(selected.get(0).id()).exchange(), byId.get(selected.get(1).id()).exchange()));
    }

    private void refresh() {
        List<History.Entry> found = history.search(query.get());
        byId.clear();
        found.forEach(e -> byId.put(e.id(), e));
        entries.setAll(found.stream().map(e -> new HistoryItem(e.id(), TIME.format(e.at()), e.label())).toList());
    }

    public ObservableList<HistoryItem> entries() {
        return entries;
    }

    public StringProperty queryProperty() {
        return query;
    }
}
