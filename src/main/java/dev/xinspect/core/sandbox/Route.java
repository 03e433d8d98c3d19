package dev.xinspect.core.sandbox;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One endpoint of the sandbox: method, path template ({@code /2/users/:id}), who may call it, its 15-minute limit,
 * the query parameters it accepts, and the handler. The route table also feeds {@code /2/openapi.json}.
 */
record Route(String method, String template, Access access, int rateLimit, Set<String> parameters, String summary,
             Handler handler) {

    /** Who may call: anyone, any authenticated caller (app-only or user), or only a user context. */
    enum Access { NONE, ANY, USER }

    /** Answers a request; returns null when it wrote the response itself (streams). */
    @FunctionalInterface
    interface Handler {
        Reply handle(SandboxRequest request, Caller caller) throws Rejection, IOException;
    }

    Optional<Map<String, String>> match(String path) {
        List<String> want = List.of(template.split("/"));
        List<String> got = List.of(path.split("/"));
        if (want.size() != got.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < want.size(); i++) {
            if (want.get(i).startsWith(":")) {
                if (got.get(i).isEmpty()) {
                    return Optional.empty();
                }
                variables.put(want.get(i).substring(1), got.get(i));
            } else if (!want.get(i).equals(got.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    /** The template in OpenAPI form: {@code /2/users/{id}}. */
    String openApiPath() {
        return template.replaceAll(":([a-z_]+)", "{$1}");
    }
}
