package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.Variables;
import dev.xinspect.core.paging.PageFetcher;
import dev.xinspect.core.paging.PagesExport;
import dev.xinspect.core.paging.ResetWait;
import dev.xinspect.core.paging.Pages;
import dev.xinspect.core.report.Redactor;
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
 * arrive, a stop button, and at the rate limit a question: wait for the window's reset (with a countdown) and go on,
 * or stop there. The pages are one list, exported as NDJSON or HAR (redacted, written atomically). Fetching and
 * waiting run on the worker; results come back on the FX thread.
 */
public final class PaginationViewModel {
    private final RequestViewModel request;
    private final BiFunction<SentRequest, AuthOption, Exchange> sender;
    private final Function<SentRequest, Optional<String>> tokenParameter;
    private final Supplier<Redactor> redactor;
    private final PageFetcher.Waiter waiter;
    private final ResetWait resetWait;
    private final Clock clock;
    private final Executor worker;
    private final Executor fxThread;
    private final IntegerProperty maxPages = new SimpleIntegerProperty(10);
    private final BooleanProperty waitForReset = new SimpleBooleanProperty(false);
    private final ReadOnlyListWrapper<Exchange> pages = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper fetching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper atRateLimit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper paginates = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private volatile AtomicBoolean cancelled = new AtomicBoolean();
    /** Where the last fetch stopped at the rate limit, to go on from after the reset; null otherwise. */
    private Pages stoppedAtLimit;
    /** The reset the countdown counts to: at the question and while waiting; null otherwise. */
    private volatile java.time.Instant countdownTo;
    private String parameterInUse = "";

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
        this.resetWait = new ResetWait(clock, waiter);
        this.clock = clock;
        this.worker = worker;
        this.fxThread = fxThread;
        javafx.beans.InvalidationListener edited = changed -> {
            refresh();
            if (!fetching.get() && !atRateLimit.get()) {
                status.set(""); // "Fetched 3 pages" spoke about the request as it was; a running fetch keeps its line
            }
        };
        request.urlProperty().addListener(edited);
        request.methodProperty().addListener(edited);
        refresh();
    }

    /** Looks again whether the request's endpoint paginates (the URL changed, or a spec was loaded). */
    public void refresh() {
        paginates.set(resolvedParameter().isPresent());
    }

    private Optional<String> resolvedParameter() {
        try {
            return tokenParameter.apply(request.resolved());
        } catch (Variables.UnknownVariableException | RuntimeException e) {
            return Optional.empty(); // not sendable as typed: nothing to page through yet
        }
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
        pages.clear();
        parameterInUse = parameter.get();
        status.set("Fetching pages with " + parameter.get() + "…");
        return fetch(first, Math.max(1, maxPages.get()), null);
    }

    /**
     * After a stop at the rate limit: waits for the window's reset (the countdown runs meanwhile), then fetches on
     * from the next page, up to the page limit counted with the pages kept. Stop ends the wait.
     */
    public CompletableFuture<Optional<Pages.Stop>> waitForResetAndGoOn() {
        Pages limited = stoppedAtLimit;
        if (limited == null || limited.resume() == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        int left = Math.max(1, maxPages.get() - pages.size());
        status.set("Waiting for the rate-limit window to reset…");
        return fetch(limited.resume(), left, limited.resetsAt());
    }

    /** At the rate limit: keeps the pages fetched so far and goes no further. */
    public void stopAtLimit() {
        if (stoppedAtLimit != null) {
            stoppedAtLimit = null;
            countdownTo = null;
            atRateLimit.set(false);
            countdown.set("");
            status.set("Stopped at the rate limit with " + pages.size() + (pages.size() == 1 ? " page." : " pages."));
        }
    }

    private CompletableFuture<Optional<Pages.Stop>> fetch(SentRequest from, int limit, java.time.Instant waitUntil) {
        AuthOption auth = request.authProperty().get();
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        stoppedAtLimit = null;
        countdownTo = waitUntil;
        atRateLimit.set(false);
        fetching.set(true);
        PageFetcher fetcher = new PageFetcher(sent -> sender.apply(sent, auth), waiter, clock);
        PageFetcher.AtRateLimit atLimit = waitForReset.get() ? PageFetcher.AtRateLimit.WAIT_FOR_RESET : PageFetcher.AtRateLimit.STOP;
        String parameter = parameterInUse;
        return CompletableFuture.supplyAsync(() -> {
            if (waitUntil != null && !resetWait.waitOut(waitUntil, stop::get, () -> fxThread.execute(this::tick))) {
                return new Pages(List.of(), Pages.Stop.CANCELLED, "Stopped while waiting for the reset; " + pages.size() + " pages kept.");
            }
            return fetcher.fetchAll(from, parameter, limit, atLimit, page -> fxThread.execute(() -> pages.add(page)), stop::get);
        }, worker).thenApplyAsync(result -> {
            status.set(result.detail());
            fetching.set(false);
            if (result.stop() == Pages.Stop.RATE_LIMIT && result.resume() != null) {
                stoppedAtLimit = result;
                countdownTo = result.resetsAt();
                tick(); // before the question shows, so it never shows without its countdown
                atRateLimit.set(true);
            } else {
                countdownTo = null;
                countdown.set("");
            }
            return Optional.of(result.stop());
        }, fxThread);
    }

    /** Refreshes the countdown to the window's reset (the view calls it every second while the question is shown). */
    public void tick() {
        java.time.Instant resetsAt = countdownTo;
        countdown.set(resetsAt != null ? resetWait.countdown(resetsAt)
                : stoppedAtLimit != null ? "X did not say when the window resets." : "");
    }

    /** Stops before the next page (a page on its way still arrives), or ends a wait for the reset. */
    public void stop() {
        cancelled.set(true);
    }

    /** The pages' bodies, one JSON line each. */
    public CompletableFuture<Boolean> exportNdjson(Path file) {
        return write(file, PagesExport.Format.NDJSON);
    }

    /** The pages as one HAR 1.2 file. */
    public CompletableFuture<Boolean> exportHar(Path file) {
        return write(file, PagesExport.Format.HAR);
    }

    private CompletableFuture<Boolean> write(Path file, PagesExport.Format format) {
        if (pages.isEmpty()) {
            status.set("Fetch the pages first.");
            return CompletableFuture.completedFuture(false);
        }
        PagesExport export = new PagesExport(redactor.get());
        List<Exchange> kept = List.copyOf(pages);
        return CompletableFuture.supplyAsync(() -> export.write(file, kept, format), worker).thenApplyAsync(result -> {
            status.set(result.sentence());
            return result.written();
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

    /** True after a stop at the rate limit with more pages to fetch: the user chooses to wait or to stop. */
    public ReadOnlyBooleanProperty atRateLimitProperty() {
        return atRateLimit.getReadOnlyProperty();
    }

    /** True when the request's endpoint has a token parameter in the spec (the button is offered for it). */
    public ReadOnlyBooleanProperty paginatesProperty() {
        return paginates.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }
}
