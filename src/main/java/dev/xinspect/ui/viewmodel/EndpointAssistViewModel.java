package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.catalog.Catalogs;
import dev.xinspect.core.catalog.PathParameters;
import dev.xinspect.core.catalog.SpecFetchException;
import dev.xinspect.core.catalog.UrlPath;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import dev.xinspect.core.http.SentRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the endpoint catalog says about the request being edited: which endpoint it is and which auth it accepts,
 * problems X would answer 400 for (unknown or repeated parameters, values not in the list, path slots left as
 * {@code {id}}) and fields X would silently ignore (no expansion returns their objects), a field per path parameter, the field and expansion values to choose from, and URL completions. Catalog work (the first read of
 * a cached 800 KB spec included) runs on the worker; a result that arrives after a newer edit is dropped.
 */
public final class EndpointAssistViewModel {
    private static final int COMPLETIONS = 12;

    private final Catalogs catalogs;
    private final EndpointAssessor assessor;
    private final RequestViewModel request;
    private final Executor worker;
    private final Executor fxThread;
    private final ReadOnlyStringWrapper endpointText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper fetching = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<FieldChoice> fieldChoices = FXCollections.observableArrayList();
    private final ObservableList<PathSlot> pathSlots = FXCollections.observableArrayList();
    private long generation;
    private String assessedFor = "";
    /** The problems X would refuse the request for: only these hold a send (ignored fields do not). */
    private List<String> refusals = List.of();
    private String assessedTemplate = "";

    public EndpointAssistViewModel(Catalogs catalogs, RequestViewModel request, Executor worker, Executor fxThread) {
        this.catalogs = catalogs;
        this.assessor = new EndpointAssessor(catalogs);
        this.request = request;
        this.worker = worker;
        this.fxThread = fxThread;
        InvalidationListener changed = ignored -> refresh();
        request.methodProperty().addListener(changed);
        request.urlProperty().addListener(changed);
        request.authProperty().addListener(changed);
    }

    /** Looks the request up again (the editor calls it on every change; the wiring once the catalogs are loaded). */
    public CompletableFuture<Void> refresh() {
        long current = ++generation;
        String method = request.methodProperty().get();
        String url = request.previewUrl();
        String typed = request.urlProperty().get();
        AuthOption auth = request.authProperty().get();
        return CompletableFuture.supplyAsync(() -> assessor.assess(method, url, typed, auth), worker).handleAsync((assessment, failure) -> {
            if (current == generation && failure == null) {
                assessedFor = method + " " + url;
                endpointText.set(assessment.endpoint());
                sourceText.set(assessment.source());
                problems.setAll(assessment.problems());
                refusals = assessment.refusals();
                fieldChoices.setAll(assessment.choices());
                assessedTemplate = assessment.pathTemplate();
                if (!pathSlots.equals(assessment.slots())) {
                    pathSlots.setAll(assessment.slots());
                }
                if (message.get().isEmpty() && !catalogs.problem().isEmpty()) {
                    message.set(catalogs.problem()); // a cached spec that was set aside, once
                }
            }
            return null;
        }, fxThread);
    }

    /**
     * Puts a value into a path parameter of the URL (percent-encoded for a path segment, {@code {{variables}}} kept);
     * an empty value puts the {@code {name}} slot back. The origin and the query stay as typed.
     */
    public void fillPathParameter(String name, String value) {
        String typed = request.urlProperty().get();
        if (assessedTemplate.isEmpty() || !PathParameters.fits(assessedTemplate, typed)) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>(PathParameters.valuesIn(assessedTemplate, typed));
        values.put(name, value.strip());
        request.urlProperty().set(UrlPath.of(typed).withPath(PathParameters.fill(assessedTemplate, values)));
    }

    /** Turns a value of a list parameter on or off in the URL (the parameter table follows). */
    public void toggle(String parameter, String value, boolean on) {
        String url = request.urlProperty().get();
        List<QueryParam> params = new ArrayList<>(QueryString.parse(url));
        LinkedHashSet<String> values = new LinkedHashSet<>();
        int at = -1;
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(parameter)) {
                Arrays.stream(params.get(i).value().split(",")).map(String::strip).filter(v -> !v.isEmpty()).forEach(values::add);
                at = at < 0 ? i : at;
            }
        }
        params.removeIf(p -> p.name().equals(parameter));
        if (on) {
            values.add(value);
        } else {
            values.remove(value);
        }
        if (!values.isEmpty()) {
            params.add(at < 0 ? params.size() : Math.min(at, params.size()), new QueryParam(parameter, String.join(",", values)));
        }
        request.urlProperty().set(QueryString.join(QueryString.base(url), params));
    }

    /** Endpoints whose path starts like the typed URL, best first; empty when the catalog has nothing to offer. */
    public CompletableFuture<List<EndpointSuggestion>> complete(String typed) {
        return CompletableFuture.supplyAsync(() -> catalogs.complete(typed, COMPLETIONS).stream()
                .map(c -> new EndpointSuggestion(c.endpoint().label(), c.endpoint().summary(), c.url())).toList(), worker)
                .exceptionally(failure -> List.of());
    }

    public void accept(EndpointSuggestion suggestion) {
        request.urlProperty().set(suggestion.url());
    }

    /** Fetches X's spec on demand and caches it; the editor's checks use it from then on for api.x.com URLs. */
    public CompletableFuture<Void> fetchXSpec() {
        fetching.set(true);
        message.set("Fetching " + catalogs.xSpecUri() + "…");
        return CompletableFuture.supplyAsync(() -> {
            try {
                return catalogs.fetchX();
            } catch (SpecFetchException e) {
                throw new CompletionException(e);
            }
        }, worker).handleAsync((catalog, failure) -> {
            fetching.set(false);
            message.set(failure == null ? "Fetched " + catalog.info().title() + " " + catalog.info().version() + ", "
                    + catalog.endpoints().size() + " endpoints; kept in " + catalogs.cacheFile() + "."
                    : AuthViewModel.messageOf(failure));
            refresh();
            return null;
        }, fxThread);
    }

    /**
     * The pre-send check: the auth mode the endpoint refuses, unknown parameters, unfilled path slots. Runs on the
     * FX thread with what the last refresh found, so a send never waits for the catalog.
     */
    public Optional<String> warningBefore(SentRequest sent, AuthOption auth) {
        boolean current = assessedFor.equals(sent.method() + " " + sent.url());
        return !current || refusals.isEmpty() ? Optional.empty()
                : Optional.of("Before sending: " + String.join(" ", refusals) + " X would likely refuse this request.");
    }

    public ReadOnlyStringProperty endpointTextProperty() {
        return endpointText.getReadOnlyProperty();
    }

    /** Which spec the checks come from ("X 2.167 (built in, taken 2025-11)", "sandbox 2.167-sandbox · X 2.167 …"). */
    public ReadOnlyStringProperty sourceTextProperty() {
        return sourceText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fetchingProperty() {
        return fetching.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<FieldChoice> fieldChoices() {
        return fieldChoices;
    }

    /** The matched endpoint's path parameters, in path order; replaced only when they change. */
    public ObservableList<PathSlot> pathSlots() {
        return pathSlots;
    }
}
