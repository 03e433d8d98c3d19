package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.Variables;
import dev.xinspect.core.paging.NdjsonPages;
import dev.xinspect.core.paging.PageFetcher;
import dev.xinspect.core.paging.Pages;
import dev.xinspect.core.report.HarExporter;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.storage.AtomicFile;
import dev.xinspect.core.storage.StorageException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;

/**
 * *Fetch all pages* for the editor's request: the endpoint's token parameter from the catalog, pages appended as they
 * arrive, a stop button, the choice to wait for a rate-limit reset or stop, and the pages exported as NDJSON or HAR
 * (redacted, written atomically). Fetching runs on the worker; results come back on the FX thread.
 */
public final class PaginationViewModel {
    private final RequestViewModel request;
    private final BiFunction<SentRequest, AuthOption, Exchange> sender;
    private final Function<SentRequest, Optional<String>> tokenParameter;
    private final Supplier<Redactor> redactor;
    private final PageFetcher.Waiter waiter;
    private final Clock clock;
    private final Executor worker;
    private final Executor fxThread;
    private final IntegerProperty maxPages = new SimpleIntegerProperty(10);
    private final BooleanProperty waitForReset = new SimpleBooleanProperty(false);
    private final ReadOnlyListWrapper<Exchange> pages = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper fetching = new ReadOnlyBooleanWrapper();
    private volatile AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param sender         signs with the chosen auth option and sends, as Send does (called on the worker)
     * @param tokenParameter the request's endpoint's token parameter from the catalog; empty when it does not paginate
     * @param waiter         sleeps until a rate-limit reset when the user chose to wait
     */
    public PaginationViewModel(RequestViewModel request, BiFunction<SentRequest, AuthOption, Exchange> sender,
                               Function<SentRequest, Optional<String>> tokenParameter, Supplier<Redactor> redactor,
                               PageFetcher.Waiter waiter, Clock clock, Executor worker, Executor fxThread) {
        this.request = request;
        this.sender = sender;
        this.tokenParameter = tokenParameter;
        this.redactor = redactor;
        this.waiter = waiter;
        this.clock = clock;
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** Fetches from the first page; completes with why it stopped, or empty when it could not start. */
    public CompletableFuture<Optional<Pages.Stop>> fetchAll() {
        SentRequest first;
        try {
            first = request.resolved();
        } catch (Variables.UnknownVariableException | IllegalStateException e) {
            status.set("Not fetched: " + e.getMessage());
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Optional<String> parameter = tokenParameter.apply(first);
        if (parameter.isEmpty()) {
            status.set("This endpoint does not paginate: its spec lists neither pagination_token nor next_token.");
            return CompletableFuture.completedFuture(Optional.empty());
        }
        AuthOption auth = request.authProperty().get();
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        pages.clear();
        fetching.set(true);
        status.set("Fetching pages with " + parameter.get() + "…");
        PageFetcher fetcher = new PageFetcher(sent -> sender.apply(sent, auth), waiter, clock);
        PageFetcher.AtRateLimit atLimit = waitForReset.get() ? PageFetcher.AtRateLimit.WAIT_FOR_RESET : PageFetcher.AtRateLimit.STOP;
        int limit = Math.max(1, maxPages.get());
        return CompletableFuture.supplyAsync(() -> fetcher.fetchAll(first, parameter.get(), limit, atLimit,
                page -> fxThread.execute(() -> pages.add(page)), stop::get), worker).thenApplyAsync(result -> {
                    status.set(result.detail());
                    fetching.set(false);
                    return Optional.of(result.stop());
                }, fxThread);
    }

    /** Stops before the next page (a page on its way still arrives). */
    public void stop() {
        cancelled.set(true);
    }

    /** The pages' bodies, one JSON line each. */
    public CompletableFuture<Boolean> exportNdjson(Path file) {
        return write(file, () -> new NdjsonPages(redactor.get()).export(List.copyOf(pages)), "NDJSON");
    }

    /** The pages as one HAR 1.2 file. */
    public CompletableFuture<Boolean> exportHar(Path file) {
        return write(file, () -> new HarExporter(redactor.get()).export(List.copyOf(pages)), "HAR");
    }

    private CompletableFuture<Boolean> write(Path file, Supplier<String> text, String kind) {
        if (pages.isEmpty()) {
            status.set("Fetch the pages first.");
            return CompletableFuture.completedFuture(false);
        }
        int count = pages.size();
        return CompletableFuture.supplyAsync(() -> {
            try {
                AtomicFile.write(file, text.get());
                return "";
            } catch (IOException e) {
                return "The " + kind + " file was not written: " + StorageException.of(e, file.toAbsolutePath().getParent()).getMessage();
            }
        }, worker).thenApplyAsync(failure -> {
            status.set(failure.isEmpty() ? "Exported " + count + (count == 1 ? " page" : " pages") + " as " + kind + " to "
                    + file.getFileName() + " (redacted)." : failure);
            return failure.isEmpty();
        }, fxThread);
    }

    public IntegerProperty maxPagesProperty() {
        return maxPages;
    }

    public BooleanProperty waitForResetProperty() {
        return waitForReset;
    }

    public ReadOnlyListProperty<Exchange> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fetchingProperty() {
        return fetching.getReadOnlyProperty();
    }
}
