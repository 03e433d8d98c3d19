package dev.xinspect.core.diagnosis;

import dev.xinspect.core.http.AuthMode;
import java.util.Set;

/**
 * Which auth modes an endpoint accepts, so hints can say "this endpoint needs user context". Implemented by the
 * endpoint catalog (built from an OpenAPI spec); an empty set means the endpoint is unknown.
 */
@FunctionalInterface
public interface EndpointAuthModes {
    EndpointAuthModes UNKNOWN = (method, url) -> Set.of();

    Set<AuthMode> accepted(String method, String url);
}
