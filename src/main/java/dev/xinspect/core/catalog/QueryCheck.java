package dev.xinspect.core.catalog;

import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Lints a URL's query against the endpoint before sending, as X's validation would: unknown parameters (X answers
 * 400 {@code invalid-request} for them), parameters given twice, required ones missing, empty values, values not in
 * the spec's enum ({@code tweet.fields=foo}), integers out of range, values not matching the spec's pattern. Values
 * holding a {@code {{variable}}} are not judged. Pure functions.
 */
public final class QueryCheck {
    private QueryCheck() {
    }

    /** The problems, in the order of the URL's parameters, then the missing required ones; empty when all is well. */
    public static List<QueryProblem> check(Endpoint endpoint, String url) {
        List<QueryProblem> problems = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (QueryParam param : QueryString.parse(url)) {
            counts.merge(param.name(), 1, Integer::sum);
        }
        Map<String, Boolean> reported = new HashMap<>();
        for (QueryParam param : QueryString.parse(url)) {
            if (reported.putIfAbsent(param.name(), true) != null) {
                continue;
            }
            Optional<ApiParameter> declared = endpoint.queryParameter(param.name());
            if (declared.isEmpty()) {
                problems.add(unknown(endpoint, param.name()));
                continue;
            }
            int times = counts.get(param.name());
            if (times > 1) {
                problems.add(new QueryProblem(param.name(), QueryProblem.Kind.REPEATED, param.name() + " is given " + times
                        + " times; X refuses repeated query parameters, so send " + param.name()
                        + " once with the values separated by commas."));
            }
            value(declared.get(), param).ifPresent(problems::add);
        }
        for (ApiParameter required : endpoint.queryParameters()) {
            if (required.required() && !counts.containsKey(required.name())
                    && counts.keySet().stream().noneMatch(n -> endpoint.queryParameter(n).map(required::equals).orElse(false))) {
                problems.add(new QueryProblem(required.name(), QueryProblem.Kind.MISSING_REQUIRED,
                        endpoint.label() + " needs the query parameter " + required.name() + "."));
            }
        }
        return problems;
    }

    private static QueryProblem unknown(Endpoint endpoint, String name) {
        List<String> names = endpoint.queryParameters().stream().map(ApiParameter::name).sorted().toList();
        if (names.isEmpty()) {
            return new QueryProblem(name, QueryProblem.Kind.UNKNOWN_PARAMETER, endpoint.label()
                    + " takes no query parameters, so X would refuse " + name + " with 400 invalid-request.");
        }
        String hint = closest(name, names).map(n -> " (did you mean " + n + "?)").orElse("");
        return new QueryProblem(name, QueryProblem.Kind.UNKNOWN_PARAMETER, endpoint.label() + " takes no query parameter "
                + name + hint + ", so X would answer 400 invalid-request; its query parameters are "
                + AuthModeCheck.and(names) + ".");
    }

    private static Optional<QueryProblem> value(ApiParameter parameter, QueryParam param) {
        String name = param.name();
        String value = param.value();
        if (value.contains("{{")) {
            return Optional.empty();
        }
        if (value.isBlank()) {
            return Optional.of(new QueryProblem(name, QueryProblem.Kind.EMPTY_VALUE,
                    name + " is empty; give it a value or leave it out."));
        }
        List<String> items = parameter.commaSeparated()
                ? List.of(value.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of(value.strip());
        if (!parameter.allowedValues().isEmpty()) {
            List<String> earlier = EarlierNames.alsoAccepted(name, parameter.allowedValues());
            List<String> bad = items.stream().filter(v -> !parameter.allowedValues().contains(v) && !earlier.contains(v)).toList();
            if (!bad.isEmpty()) {
                return Optional.of(new QueryProblem(name, QueryProblem.Kind.UNKNOWN_VALUE, AuthModeCheck.and(bad)
                        + (bad.size() > 1 ? " are not values" : " is not a value") + " of " + name + "; it takes "
                        + AuthModeCheck.or(parameter.allowedValues()) + "."));
            }
        }
        if (parameter.type().equals("integer")) {
            return integer(parameter, name, value.strip());
        }
        if (!parameter.pattern().isEmpty()) {
            try {
                Pattern pattern = Pattern.compile(parameter.pattern());
                List<String> bad = items.stream().filter(v -> !pattern.matcher(v).find()).toList();
                if (!bad.isEmpty()) {
                    return Optional.of(new QueryProblem(name, QueryProblem.Kind.BAD_FORMAT, AuthModeCheck.and(bad)
                            + " does not have the form X expects for " + name + " (" + parameter.pattern() + ")."));
                }
            } catch (PatternSyntaxException e) {
                return Optional.empty(); // a pattern Java cannot read is not the user's problem
            }
        }
        return Optional.empty();
    }

    private static Optional<QueryProblem> integer(ApiParameter parameter, String name, String value) {
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return Optional.of(new QueryProblem(name, QueryProblem.Kind.BAD_FORMAT, name + " must be a whole number, not " + value + "."));
        }
        Long min = parameter.minimum();
        Long max = parameter.maximum();
        if ((min != null && number < min) || (max != null && number > max)) {
            String range = min != null && max != null ? "from " + min + " to " + max
                    : min != null ? "at least " + min : "at most " + max;
            return Optional.of(new QueryProblem(name, QueryProblem.Kind.OUT_OF_RANGE, name + " must be " + range + ", not " + value + "."));
        }
        return Optional.empty();
    }

    /** A declared name one or two edits away (or differing only in case), the likeliest typo's fix. */
    static Optional<String> closest(String name, List<String> names) {
        String lower = name.toLowerCase(Locale.ROOT);
        return names.stream().filter(n -> distance(lower, n.toLowerCase(Locale.ROOT)) <= 2)
                .min(Comparator.comparingInt(n -> distance(lower, n.toLowerCase(Locale.ROOT))));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
