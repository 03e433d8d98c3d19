package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.compare.ExchangeComparer;
import dev.xinspect.core.compare.ExchangeComparison;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.storage.StorageException;
import dev.xinspect.core.workspace.History;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The history list: every exchange kept, newest first, searchable; reopen one (read from disk when it is kept there)
 * into the response and diagnosis panes, compare two, or hand the selected ones to an export. Disk work runs on the
 * worker; a failure is one sentence in {@link #problemProperty()} and the list stays as it was.
 */
public final class HistoryViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final History history;
    private final Clock clock;
    private final BiConsumer<Exchange, String> reopen;
    private final Executor worker;
    private final Executor fxThread;
    private final ExchangeComparer comparer = new ExchangeComparer();
    private final ObservableList<HistoryItem> entries = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** The problem line as set by the last read of entries: a later read that works clears it (not a load problem). */
    private String entriesProblem = "";

    /** Starts reading the history's index on the worker; the list fills when it is read. */
    public HistoryViewModel(History history, Clock clock, BiConsumer<Exchange, String> reopen, Executor worker, Executor fxThread) {
        this.history = history;
        this.clock = clock;
        this.reopen = reopen;
        this.worker = worker;
        this.fxThread = fxThread;
        query.addListener((obs, old, now) -> refresh());
        CompletableFuture.supplyAsync(history::load, worker).thenAcceptAsync(problems -> {
            problem.set(String.join(" ", problems));
            refresh();
        }, fxThread);
    }

    /** Records an exchange that was just shown; returns when the list shows it. */
    public CompletableFuture<Void> record(Exchange exchange) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                history.add(exchange, clock.instant());
                return "";
            } catch (StorageException e) {
                return "The history could not be saved (" + e.getMessage() + "); this exchange is kept until you quit.";
            }
        }, worker).thenAcceptAsync(message -> {
            if (!message.isEmpty()) {
                problem.set(message);
            }
            refresh();
        }, fxThread);
    }

    /** Reopens an entry with its diagnosis; the label says when a body was cut. */
    public CompletableFuture<Void> reopen(HistoryItem item) {
        return exchanges(List.of(item)).thenAccept(found -> {
            if (!found.isEmpty()) {
                reopen.accept(found.get(0), item.label() + (item.truncated() ? " (body cut in history)" : ""));
            }
        });
    }

    /** Compares the first item selected (left) with the second (right); empty unless exactly two are given. */
    public CompletableFuture<Optional<ExchangeComparison>> compare(List<HistoryItem> selected) {
        if (selected.size() != 2) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return exchanges(selected).thenApply(found -> found.size() == 2
                ? Optional.of(comparer.compare(found.get(0), found.get(1))) : Optional.empty());
    }

    /** The exchanges of the items, read on the worker, completed on the FX thread; unreadable ones are reported and skipped. */
    public CompletableFuture<List<Exchange>> exchanges(List<HistoryItem> items) {
        List<Long> ids = items.stream().map(HistoryItem::id).toList();
        return CompletableFuture.supplyAsync(() -> {
            List<Exchange> found = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (long id : ids) {
                try {
                    found.add(history.exchange(id));
                } catch (StorageException e) {
                    problems.add(e.getMessage());
                }
            }
            return new Read(found, problems);
        }, worker).handleAsync((read, failure) -> {
            String now = failure != null ? "The history could not be read: " + FailureText.reason(failure) + "."
                    : String.join(" ", read.problems());
            if (!now.isEmpty()) {
                problem.set(now);
            } else if (!entriesProblem.isEmpty() && problem.get().equals(entriesProblem)) {
                problem.set(""); // it spoke about other entries, which are not the ones read now
            }
            entriesProblem = now;
            return failure != null ? List.<Exchange>of() : read.exchanges();
        }, fxThread);
    }

    public void dismissProblem() {
        problem.set("");
    }

    private record Read(List<Exchange> exchanges, List<String> problems) {
    }

    private void refresh() {
        entries.setAll(history.search(query.get()).stream()
                .map(e -> new HistoryItem(e.id(), TIME.format(e.at()), rowLabel(e), e.truncated())).toList());
    }

    /**
     * The path first and the host last ("429 GET /2/tweets/4 · api.x.com"): a narrow sidebar cuts the end of a row,
     * and "http://127.0.0.1:38…" told nothing.
     */
    static String rowLabel(dev.xinspect.core.workspace.History.Entry entry) {
        if (entry.url() == null || entry.url().isEmpty()) {
            return entry.label();
        }
        java.util.regex.Matcher url = java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://([^/?#]*)(.*)$").matcher(entry.url());
        if (!url.matches()) {
            return entry.label();
        }
        String path = url.group(2).isEmpty() ? "/" : url.group(2);
        String status = entry.label().split(" ", 2)[0]; // the status, or "failed" when no response came
        return status + " " + entry.method() + " " + path + " · " + url.group(1);
    }

    public ObservableList<HistoryItem> entries() {
        return entries;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
