package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.media.ChunkPlan;
import dev.xinspect.core.media.ChunkPlanner;
import dev.xinspect.core.media.MediaUploadRequests;
import dev.xinspect.core.media.MediaUploader;
import dev.xinspect.core.media.UnplannableMediaException;
import dev.xinspect.core.media.UploadResult;
import dev.xinspect.core.media.UploadStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;

/**
 * The guided "Upload media" window: a file is planned as it is chosen (type, category, segments), the upload runs on
 * the worker with the editor's chosen auth, each call is listed as it completes, the selected (or failing) call is
 * diagnosed, and a Post attaches the media once it is ready.
 */
public final class MediaUploadViewModel {
    private final BiFunction<SentRequest, AuthOption, Exchange> sender;
    private final Supplier<AuthOption> auth;
    private final Supplier<String> base;
    private final MediaUploader.Pause pause;
    private final DiagnosisViewModel diagnosis;
    private final Consumer<Exchange> record;
    private final Executor worker;
    private final Executor fxThread;
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty postText = new SimpleStringProperty("Uploaded with xinspect");
    private final ReadOnlyStringWrapper plan = new ReadOnlyStringWrapper("");
    private static final String CHOOSE = "Choose an image, GIF or video.";
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(CHOOSE);
    private final ReadOnlyStringWrapper mediaId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper response = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyListWrapper<UploadStep> steps = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ObjectProperty<UploadStep> selected = new SimpleObjectProperty<>();
    private volatile AtomicBoolean cancelled = new AtomicBoolean();
    private ChunkPlan chosen;

    /**
     * @param sender signs with the auth option and sends, as Send does (called on the worker)
     * @param auth   the auth option chosen in the editor
     * @param base   the API origin of the editor's environment ({@code baseUrl})
     * @param record told of every exchange (history, inspector), on the FX thread
     */
    public MediaUploadViewModel(BiFunction<SentRequest, AuthOption, Exchange> sender, Supplier<AuthOption> auth, Supplier<String> base,
                                MediaUploader.Pause pause, DiagnosisViewModel diagnosis, Consumer<Exchange> record,
                                Executor worker, Executor fxThread) {
        this.sender = sender;
        this.auth = auth;
        this.base = base;
        this.pause = pause;
        this.diagnosis = diagnosis;
        this.record = record;
        this.worker = worker;
        this.fxThread = fxThread;
        file.addListener((obs, old, now) -> planFile(now));
        selected.addListener((obs, old, now) -> show(now));
    }

    private void planFile(String path) {
        chosen = null;
        plan.set("");
        if (path == null || path.isBlank()) {
            status.set(CHOOSE); // "Ready to upload" spoke about the file no longer chosen
            return;
        }
        try {
            Path chosenPath = Path.of(path.strip());
            chosen = ChunkPlanner.plan(chosenPath.getFileName().toString(), Files.size(chosenPath));
            plan.set(chosen.summary());
            status.set("Ready to upload with " + authText() + ".");
        } catch (UnplannableMediaException e) {
            status.set(e.getMessage());
        } catch (IOException | java.nio.file.InvalidPathException e) {
            status.set("The file cannot be read: check the path.");
        }
    }

    private String authText() {
        AuthOption option = auth.get();
        if (option == null || option.isNone()) {
            return "no auth (X will answer 401: choose an OAuth 1.0a or OAuth 2.0 user profile in the editor)";
        }
        return option.label() + (option.mode() == AuthMode.OAUTH2_APP_ONLY
                ? " (app-only Bearer: X refuses uploads without a user context)"
                : lacksMediaWrite(option) ? " (its scopes lack media.write: X will answer 403; add it and sign in again)" : "");
    }

    /** An OAuth 2.0 profile whose configured scopes are known and leave out media.write, which every upload call needs. */
    private static boolean lacksMediaWrite(AuthOption option) {
        if (option.mode() != AuthMode.OAUTH2_USER || option.book() == null) {
            return false;
        }
        return option.book().find(option.profile()).map(p -> !p.scopes().isEmpty() && !p.scopes().contains("media.write"))
                .orElse(false);
    }

    /** Runs the whole upload; completes with the result, or empty-handed when no file is planned or one is running. */
    public CompletableFuture<UploadResult> upload() {
        if (chosen == null || busy.get()) {
            return CompletableFuture.completedFuture(null);
        }
        ChunkPlan plan = chosen;
        Path path = Path.of(file.get().strip());
        AuthOption option = auth.get();
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        steps.clear();
        mediaId.set("");
        busy.set(true);
        status.set("Uploading " + plan.fileName() + " with " + authText() + "…");
        MediaUploader uploader = new MediaUploader(sent -> sender.apply(sent, option),
                new MediaUploadRequests(base.get(), new SecureRandom()), pause);
        return CompletableFuture.supplyAsync(() -> uploader.upload(plan, path,
                step -> fxThread.execute(() -> add(step)), stop::get), worker).thenApplyAsync(result -> {
                    busy.set(false);
                    status.set(result.detail());
                    mediaId.set(result.readyMediaId().orElse(""));
                    steps.stream().filter(s -> !s.succeeded()).findFirst().ifPresent(selected::set);
                    return result;
                }, fxThread);
    }

    private void add(UploadStep step) {
        steps.add(step);
        record.accept(step.exchange());
        selected.set(step);
    }

    private void show(UploadStep step) {
        if (step == null) {
            response.set("");
            diagnosis.clear();
            return;
        }
        response.set(step.exchange().receivedResponse().map(r -> r.status() + "\n" + r.body().text())
                .orElseGet(() -> step.exchange().transportFailure().map(f -> f.message()).orElse("")));
        diagnosis.show(step.exchange());
    }

    /** Stops before the next call (one on its way still completes). */
    public void cancel() {
        cancelled.set(true);
    }

    /** Sends {@code POST /2/tweets} with the post text and the ready media id; completes with the status (0: not sent). */
    public CompletableFuture<Integer> attach() {
        String id = mediaId.get();
        if (id.isEmpty() || busy.get()) {
            status.set("Upload a file first: a Post can carry it once processing succeeded.");
            return CompletableFuture.completedFuture(0);
        }
        AuthOption option = auth.get();
        String text = postText.get();
        busy.set(true);
        MediaUploader uploader = new MediaUploader(sent -> sender.apply(sent, option),
                new MediaUploadRequests(base.get(), new SecureRandom()), pause);
        return CompletableFuture.supplyAsync(() -> uploader.attach(text, id), worker).thenApplyAsync(exchange -> {
            busy.set(false);
            add(new UploadStep("Post", exchange));
            int code = exchange.receivedResponse().map(r -> r.status()).orElse(0);
            status.set(code == 201 ? "Posted with media " + id + "." : "The Post was not created: see its diagnosis.");
            return code;
        }, fxThread);
    }

    public StringProperty fileProperty() {
        return file;
    }

    public StringProperty postTextProperty() {
        return postText;
    }

    public ReadOnlyStringProperty planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mediaIdProperty() {
        return mediaId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty responseProperty() {
        return response.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<UploadStep> stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    public ObjectProperty<UploadStep> selectedProperty() {
        return selected;
    }

    public DiagnosisViewModel diagnosis() {
        return diagnosis;
    }
}
