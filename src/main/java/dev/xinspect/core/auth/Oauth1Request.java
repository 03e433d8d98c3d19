package dev.xinspect.core.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an OAuth 1.0a signature covers: method, full URL (its query is signed), the decoded parameters of an
 * {@code application/x-www-form-urlencoded} body, and extra {@code oauth_*} protocol parameters such as
 * {@code oauth_callback} or {@code oauth_verifier}. A JSON body (as on {@code POST /2/tweets}) is never signed, so
 * it has no place here: pass an empty form list.
 */
public record Oauth1Request(String method, String url, List<Param> formParameters, Map<String, String> extraOauthParameters) {
    public Oauth1Request {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        formParameters = formParameters == null ? List.of() : List.copyOf(formParameters);
        // Keep the caller's order for display; the signer sorts anyway.
        extraOauthParameters = extraOauthParameters == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(extraOauthParameters));
    }

    /** A request with no body parameters and no extra protocol parameters. */
    public static Oauth1Request of(String method, String url) {
        return new Oauth1Request(method, url, List.of(), Map.of());
    }

    @Override
    public String toString() {
        // The query and form values may carry secrets (oauth_verifier, tokens in a query): show their shape only.
        int query = url.indexOf('?');
        String shownUrl = query < 0 ? url : url.substring(0, query) + "?…";
        return "Oauth1Request[" + method + " " + shownUrl + ", formParameters=" + formParameters.size()
                + ", extraOauthParameters=" + extraOauthParameters.keySet() + "]";
    }
}
