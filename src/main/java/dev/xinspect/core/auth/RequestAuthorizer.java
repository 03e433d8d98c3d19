package dev.xinspect.core.auth;

import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import dev.xinspect.core.http.SentRequest;
import java.util.List;
import java.util.Map;

/**
 * Adds the {@code Authorization} header a {@link RequestAuth} calls for, as the last step before sending: an OAuth
 * 1.0a signature covers the final URL and form body, so nothing may change after it (the classic signer bug).
 */
public final class RequestAuthorizer {
    private final Oauth1Signer signer;

    public RequestAuthorizer(Oauth1Signer signer) {
        this.signer = signer;
    }

    public SentRequest authorize(SentRequest request, RequestAuth auth) {
        return switch (auth) {
            case RequestAuth.None none -> request;
            case RequestAuth.Bearer bearer -> withAuthorization(request, "Bearer " + bearer.token());
            case RequestAuth.Oauth1 oauth1 -> withAuthorization(request, signer.sign(
                    new Oauth1Request(request.method(), request.url(), formParameters(request), Map.of()),
                    oauth1.credentials()).authorizationHeader());
        };
    }

    /** Only an {@code application/x-www-form-urlencoded} body is signed; JSON and multipart bodies are not ({@link SignedBody}). */
    private static List<Param> formParameters(SentRequest request) {
        boolean form = SignedBody.isSigned(request.headers().first("content-type").orElse(null));
        if (!form || request.body().isEmpty()) {
            return List.of();
        }
        List<QueryParam> fields = QueryString.parse("?" + request.body().text());
        return fields.stream().map(p -> new Param(p.name(), p.value())).toList();
    }

    private static SentRequest withAuthorization(SentRequest request, String value) {
        return new SentRequest(request.method(), request.url(), request.headers().replacing("Authorization", value), request.body());
    }
}
