package dev.xinspect.core.catalog;

import dev.xinspect.core.http.AuthMode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One operation of the spec: {@code GET /2/users/me}. {@code authModes} holds the modes its {@code security} lists
 * ({@link AuthMode#NONE} when it needs no auth; empty when its schemes are not X's), in {@link AuthMode} order;
 * {@code oauth2Scopes} the scopes an OAuth 2.0 user token needs for it. {@code docsUrl} is empty when the spec links
 * no page. {@code streaming} is X's {@code x-twitter-streaming} mark. {@code dataObject} names the schema of the
 * objects its successful answer holds in {@code data} ({@code Post} or {@code Tweet}, {@code User}, {@code Media}…;
 * empty when the spec does not say).
 */
public record Endpoint(String method, String pathTemplate, String operationId, String summary, List<String> tags,
                       String docsUrl, Set<AuthMode> authModes, List<String> oauth2Scopes, List<ApiParameter> parameters,
                       boolean streaming, String dataObject) {

    public Endpoint {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        operationId = operationId == null ? "" : operationId;
        summary = summary == null ? "" : summary;
        tags = tags == null ? List.of() : List.copyOf(tags);
        docsUrl = docsUrl == null ? "" : docsUrl;
        EnumSet<AuthMode> modes = EnumSet.noneOf(AuthMode.class);
        if (authModes != null) {
            modes.addAll(authModes);
        }
        authModes = Collections.unmodifiableSet(modes);
        oauth2Scopes = oauth2Scopes == null ? List.of() : List.copyOf(oauth2Scopes);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        dataObject = dataObject == null ? "" : dataObject;
    }

    /** An endpoint whose answer's {@code data} the spec does not describe. */
    public Endpoint(String method, String pathTemplate, String operationId, String summary, List<String> tags,
                    String docsUrl, Set<AuthMode> authModes, List<String> oauth2Scopes, List<ApiParameter> parameters,
                    boolean streaming) {
        this(method, pathTemplate, operationId, summary, tags, docsUrl, authModes, oauth2Scopes, parameters, streaming, "");
    }

    /** {@code GET /2/users/me}. */
    public String label() {
        return method + " " + pathTemplate;
    }

    /** True when the spec lists no security for it: any request, with or without auth, is accepted. */
    public boolean needsNoAuth() {
        return authModes.contains(AuthMode.NONE);
    }

    /** Whether a request authenticated this way is accepted; unknown ({@code authModes} empty) counts as yes. */
    public boolean accepts(AuthMode mode) {
        return authModes.isEmpty() || needsNoAuth() || authModes.contains(mode);
    }

    public List<ApiParameter> queryParameters() {
        return parameters.stream().filter(p -> p.location() == ParameterLocation.QUERY).toList();
    }

    /** The path parameters, in the order the spec declares them. */
    public List<ApiParameter> pathParameters() {
        return parameters.stream().filter(p -> p.location() == ParameterLocation.PATH).toList();
    }

    /**
     * The query parameter of this name, or of its other name: X's spec 2.167 says {@code post.fields} where X's docs
     * say {@code tweet.fields} (see {@code EarlierNames}), and a request may use either.
     */
    public Optional<ApiParameter> queryParameter(String name) {
        Optional<ApiParameter> exact = find(name);
        String alias = EarlierNames.PARAMETER_ALIASES.get(name);
        return exact.isPresent() || alias == null ? exact : find(alias);
    }

    private Optional<ApiParameter> find(String name) {
        return parameters.stream().filter(p -> p.location() == ParameterLocation.QUERY && p.name().equals(name)).findFirst();
    }
}
