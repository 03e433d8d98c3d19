package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.catalog.ApiParameter;
import dev.xinspect.core.catalog.AuthModeCheck;
import dev.xinspect.core.catalog.Catalog;
import dev.xinspect.core.catalog.Catalogs;
import dev.xinspect.core.catalog.Endpoint;
import dev.xinspect.core.catalog.ExpansionCheck;
import dev.xinspect.core.catalog.FieldSuggestions;
import dev.xinspect.core.catalog.PathParameters;
import dev.xinspect.core.catalog.QueryCheck;
import dev.xinspect.core.catalog.QueryProblem;
import dev.xinspect.core.catalog.SpecInfo;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the catalog says about one request, computed in one go off the FX thread: the endpoint line, the problems X
 * would refuse it for (and the fields it would ignore), the list parameters' choices and the path slots. Kept apart
 * from {@link EndpointAssistViewModel}, which only decides when to ask and publishes the newest answer, so the
 * catalog lookups can be tested without a request editor. No JavaFX: safe on the worker.
 */
final class EndpointAssessor {
    private final Catalogs catalogs;

    EndpointAssessor(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** The facts for one request, computed on the worker. */
    record Assessment(String endpoint, String source, List<String> problems, List<String> refusals,
                              List<FieldChoice> choices, String pathTemplate, List<PathSlot> slots) {
    }

    /** @param typed the URL as typed: the path fields show and edit it, {@code {{variables}}} and all */
    Assessment assess(String method, String url, String typed, AuthOption auth) {
        String source = source(url);
        Optional<Endpoint> found = url.isBlank() ? Optional.empty() : catalogs.find(method, url);
        if (found.isEmpty()) {
            boolean known = catalogs.forUrl(url).isPresent() && !url.isBlank();
            return new Assessment(known ? method + " " + QueryString.base(url) + " is not an endpoint of " + source
                    + ": check the path and the method." : "", source, List.of(), List.of(), List.of(), "", List.of());
        }
        Endpoint endpoint = found.get();
        List<String> refused = problemsOf(endpoint, url, auth);
        List<String> lint = new ArrayList<>(refused);
        ExpansionCheck.check(endpoint, url).stream().map(QueryProblem::message).forEach(lint::add);
        String accepts = endpoint.needsNoAuth() ? "no auth needed"
                : endpoint.authModes().stream().map(EndpointAssessor::shortName).collect(Collectors.joining(", "));
        String text = endpoint.label() + (endpoint.summary().isEmpty() ? "" : " · " + endpoint.summary()) + " · accepts " + accepts;
        return new Assessment(text, source, lint, refused, choices(endpoint, url), endpoint.pathTemplate(), slots(endpoint, typed));
    }

    /** The endpoint's path parameters with their values in the typed URL; none when its path no longer fits. */
    private static List<PathSlot> slots(Endpoint endpoint, String typed) {
        if (!PathParameters.fits(endpoint.pathTemplate(), typed)) {
            return List.of();
        }
        Map<String, String> values = PathParameters.valuesIn(endpoint.pathTemplate(), typed);
        return PathParameters.names(endpoint.pathTemplate()).stream().map(name -> new PathSlot(name,
                endpoint.pathParameters().stream().filter(p -> p.name().equals(name)).map(ApiParameter::description)
                        .findFirst().orElse(""), values.getOrDefault(name, ""))).toList();
    }

    private static List<String> problemsOf(Endpoint endpoint, String url, AuthOption auth) {
        List<String> lint = new ArrayList<>();
        List<String> unfilled = PathParameters.names(endpoint.pathTemplate()).stream()
                .filter(name -> QueryString.base(url).contains("{" + name + "}")).toList();
        unfilled.forEach(name -> lint.add("Fill the path parameter {" + name + "}: it would be sent as it is."));
        QueryCheck.check(endpoint, url).stream().map(QueryProblem::message).forEach(lint::add);
        if (auth != null) {
            AuthModeCheck.check(endpoint, auth.mode()).ifPresent(lint::add);
        }
        return lint;
    }

    private static List<FieldChoice> choices(Endpoint endpoint, String url) {
        List<QueryParam> present = QueryString.parse(url);
        return FieldSuggestions.parametersWithChoices(endpoint).stream().map(parameter -> {
            Set<String> chosen = present.stream().filter(p -> p.name().equals(parameter.name()))
                    .flatMap(p -> Arrays.stream(p.value().split(","))).map(String::strip).filter(v -> !v.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return new FieldChoice(parameter.name(), FieldSuggestions.allowedValues(endpoint, parameter.name()), chosen);
        }).toList();
    }

    /**
     * Which spec answers (X's or the sandbox's, and its version) and, beside the sandbox's, which X spec is in force:
     * "sandbox 2.167-sandbox · X 2.167 (built in, taken 2025-11)".
     */
    private String source(String url) {
        Optional<Catalog> x = catalogs.xCatalog();
        String xText = x.map(catalog -> "X " + catalog.info().version() + provenance(catalog.info())).orElse("");
        return catalogs.forUrl(url).map(catalog -> catalogs.sandboxCatalog().filter(c -> c == catalog).isPresent()
                ? "sandbox " + catalog.info().version() + (xText.isEmpty() ? "" : " · " + xText) : xText).orElse("none");
    }

    private static String provenance(SpecInfo info) {
        if (info.builtIn()) {
            return " (built in, taken " + info.builtInTaken() + ")";
        }
        return info.fetched().map(t -> " (fetched " + t.toString().substring(0, 10) + ")").orElse("");
    }

    /** The names of the auth picker's kinds, short enough for one line beside the endpoint. */
    private static String shortName(AuthMode mode) {
        return switch (mode) {
            case OAUTH1_USER -> "OAuth 1.0a user";
            case OAUTH2_APP_ONLY -> "app-only Bearer";
            case OAUTH2_USER -> "OAuth 2.0 user";
            default -> mode.label();
        };
    }
}
