package dev.xinspect.core.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.http.QueryParam;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** X's query validation: unknown parameters, repeated parameters and unknown field values are invalid requests. */
final class ParameterCheck {
    private ParameterCheck() {
    }

    static void check(SandboxRequest request, Route route) throws Rejection {
        List<ObjectNode> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (QueryParam param : request.query) {
            if (!route.parameters().contains(param.name())) {
                errors.add(Problems.parameterError(param.name(), param.value(), "The query parameter [" + param.name()
                        + "] is not one of [" + String.join(",", new TreeSet<>(route.parameters())) + "]"));
            } else if (!seen.add(param.name())) {
                errors.add(Problems.parameterError(param.name(), param.value(),
                        "Duplicate parameters are not allowed: the [" + param.name() + "] query parameter was given more than once"));
            }
        }
        values(request, "tweet.fields", Fields.TWEET_FIELDS, errors);
        values(request, "user.fields", Fields.USER_FIELDS, errors);
        values(request, "expansions", Fields.EXPANSIONS, errors);
        if (!errors.isEmpty()) {
            throw new Rejection(Problems.invalidRequest(errors));
        }
    }

    private static void values(SandboxRequest request, String parameter, Set<String> allowed, List<ObjectNode> errors) {
        for (String value : Fields.requested(request, parameter)) {
            if (!allowed.contains(value)) {
                errors.add(Problems.parameterError(parameter, value, "The `" + parameter + "` query parameter value [" + value
                        + "] is not one of [" + String.join(",", new TreeSet<>(allowed)) + "]"));
            }
        }
    }

    static void requireIds(String parameter, String value) throws Rejection {
        for (String id : value.split(",")) {
            if (!id.matches("[0-9]{1,19}")) {
                throw new Rejection(Problems.invalidRequest(List.of(Problems.parameterError(parameter, id,
                        "The `" + parameter + "` query parameter value [" + id + "] does not match ^[0-9]{1,19}$"))));
            }
        }
    }
}
