package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.OAuthException;
import dev.xinspect.core.auth.profile.CredentialsUnavailableException;
import dev.xinspect.core.auth.profile.ProfileBook;
import dev.xinspect.core.auth.profile.ProfileFlows;
import dev.xinspect.core.auth.profile.ProfileStatus;
import dev.xinspect.core.auth.profile.SavedProfileBook;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.report.Redactor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The Auth tab's profiles: the picker's options (no auth, the sandbox's identities, the user's profiles), what the
 * selected profile holds (never its values), and editing the user's own; {@link #flows()} runs the flows that fill
 * a profile. Secrets are read on the worker; results come back on the FX thread.
 */
public final class AuthViewModel {
    private final ObservableList<AuthOption> options;
    private final ObjectProperty<AuthOption> selected;
    private final List<ProfileBook> books;
    private final SavedProfileBook saved;
    private final Clock clock;
    private final Executor worker;
    private final Executor fxThread;

    private final ReadOnlyObjectWrapper<ProfileStatus> status = new ReadOnlyObjectWrapper<>(ProfileStatus.none());
    private final ReadOnlyObjectWrapper<AuthMode> mode = new ReadOnlyObjectWrapper<>(AuthMode.NONE);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canMint = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canInvalidate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRefresh = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRevoke = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper storeText = new ReadOnlyStringWrapper("");
    private final AuthFlowsViewModel flowsModel;

    /**
     * @param options  the request editor's picker, filled here
     * @param selected the request editor's choice
     * @param books    the books to list, in order (the sandbox's first); {@code saved} is the editable one among them
     */
    public AuthViewModel(ObservableList<AuthOption> options, ObjectProperty<AuthOption> selected, List<ProfileBook> books,
                         SavedProfileBook saved, ProfileFlows flows, Redactor redactor, Clock clock, Executor worker,
                         Executor fxThread) {
        this.options = options;
        this.selected = selected;
        this.books = List.copyOf(books);
        this.saved = saved;
        this.clock = clock;
        this.worker = worker;
        this.fxThread = fxThread;
        this.flowsModel = new AuthFlowsViewModel(selected::get, flows, redactor, worker, fxThread, this::refreshStatus);
        selected.addListener((obs, old, now) -> {
            if (now != null && !now.equals(old)) { // null only for a moment while the list is replaced
                flowsModel.forget();
                refreshStatus();
            }
        });
    }

    /** Lists every book's profiles again (after an edit), keeping the current choice when it still exists. */
    public CompletableFuture<Void> reload() {
        return CompletableFuture.supplyAsync(() -> {
            List<AuthOption> all = new ArrayList<>();
            for (ProfileBook book : books) {
                book.profiles().forEach(profile -> all.add(AuthOption.of(book, profile)));
            }
            all.add(AuthOption.none());
            all.add(AuthOption.asInHeaders());
            return all;
        }, worker).handleAsync((all, failure) -> {
            if (failure != null) {
                flowsModel.report(messageOf(failure));
                return null;
            }
            AuthOption current = selected.get();
            options.setAll(all);
            selected.set(all.stream().filter(o -> o.equals(current)).findFirst().orElse(all.stream().filter(o -> current != null
                    && o.book() == current.book() && java.util.Objects.equals(o.profile(), current.profile())).findFirst().orElse(all.get(0))));
            refreshStatus();
            return null;
        }, fxThread).thenApply(ignored -> null);
    }

    /** Reads what the selected profile holds, off the FX thread. */
    public CompletableFuture<Void> refreshStatus() {
        AuthOption option = selected.get();
        if (option == null || option.isNone()) {
            show(ProfileStatus.none());
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(() -> ProfileStatus.of(option.book(), option.book().require(option.profile()),
                option.book() == saved), worker).handleAsync((snapshot, failure) -> {
            if (option == selected.get()) {
                if (failure != null) {
                    flowsModel.report(messageOf(failure));
                } else {
                    show(snapshot);
                }
            }
            return null;
        }, fxThread).thenApply(ignored -> null);
    }

    /** Recomputes the status line's countdown from the last snapshot; the view calls it every second. */
    public void tick() {
        statusText.set(ProfileStatusText.describe(status.get(), clock.instant()));
    }

    private void show(ProfileStatus snapshot) {
        status.set(snapshot);
        mode.set(snapshot.mode());
        editable.set(snapshot.editable());
        canMint.set(snapshot.hasConsumerKeys());
        canInvalidate.set(snapshot.hasConsumerKeys() && snapshot.hasBearer());
        canRefresh.set(snapshot.hasRefreshToken());
        canRevoke.set(snapshot.hasAccessToken());
        storeText.set(snapshot.storeDescription().isEmpty() ? "" : "Secrets of this profile are kept in " + snapshot.storeDescription() + ".");
        tick();
    }

    // --- profiles ------------------------------------------------------------------------------------------------

    /** An editor for a new profile of the user's book. */
    public ProfileEditorViewModel newProfile() {
        return new ProfileEditorViewModel(saved, null, worker, fxThread, this::savedAs);
    }

    /** An editor over the selected profile, its secrets loaded off the FX thread; empty for built-in profiles. */
    public java.util.Optional<ProfileEditorViewModel> editSelected() {
        AuthOption option = selected.get();
        if (option == null || option.book() != saved) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ProfileEditorViewModel(saved, option.profile(), worker, fxThread, this::savedAs));
    }

    public CompletableFuture<Void> deleteSelected() {
        AuthOption option = selected.get();
        if (option == null || option.book() != saved) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> saved.delete(option.profile()), worker)
                .thenCompose(ignored -> reload()) // the choice moves to another profile, then the message shows
                .handleAsync((ignored, failure) -> {
                    if (failure != null) {
                        flowsModel.report(messageOf(failure));
                    } else {
                        flowsModel.say("Deleted the profile " + option.profile() + " and its secrets.");
                    }
                    return null;
                }, fxThread);
    }

    private void savedAs(String name) {
        reload().thenRun(() -> fxThread.execute(() -> options.stream()
                .filter(o -> o.book() == saved && name.equals(o.profile())).findFirst().ifPresent(selected::set)));
    }

    // --- plumbing ------------------------------------------------------------------------------------------------

    static String messageOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof CredentialsUnavailableException || cause instanceof OAuthException
                || cause instanceof IllegalArgumentException) {
            return cause.getMessage();
        }
        return "That did not work: " + FailureText.reason(cause) + "; nothing was changed.";
    }

    /** The flows over the selected profile, with the tab's message line and the handshake timeline. */
    public AuthFlowsViewModel flows() {
        return flowsModel;
    }

    // --- outputs -------------------------------------------------------------------------------------------------

    public ObservableList<AuthOption> options() {
        return options;
    }

    public ObjectProperty<AuthOption> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ProfileStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The selected profile's auth mode: which flows the tab offers. */
    public ReadOnlyObjectProperty<AuthMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** Minting needs the consumer key and secret. */
    public ReadOnlyBooleanProperty canMintProperty() {
        return canMint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canInvalidateProperty() {
        return canInvalidate.getReadOnlyProperty();
    }

    /** Refreshing needs a refresh token (the offline.access scope). */
    public ReadOnlyBooleanProperty canRefreshProperty() {
        return canRefresh.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRevokeProperty() {
        return canRevoke.getReadOnlyProperty();
    }

    /** True for the user's own profiles; the sandbox's cannot be edited or deleted. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** What the profile holds, in one line with the token's countdown; never a value. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storeTextProperty() {
        return storeText.getReadOnlyProperty();
    }

}
