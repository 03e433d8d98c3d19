package dev.xinspect.core.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to offer in a parameter's value: the spec's allowed values for {@code tweet.fields}, {@code user.fields},
 * {@code expansions} and every other parameter with an enum, minus those already chosen, filtered by what is being
 * typed after the last comma. Pure functions.
 */
public final class FieldSuggestions {
    private FieldSuggestions() {
    }

    /** The endpoint's query parameters that have a list of allowed values, in spec order. */
    public static List<ApiParameter> parametersWithChoices(Endpoint endpoint) {
        return endpoint.queryParameters().stream().filter(p -> !p.allowedValues().isEmpty()).toList();
    }

    /**
     * Every value the parameter takes ({@code tweet.fields} and {@code post.fields} are one): the spec's list, then
     * the earlier names X's newest spec dropped but X's API and docs still use ({@code author_id},
     * {@code referenced_tweets.id}, …); empty for a parameter without a list.
     */
    public static List<String> allowedValues(Endpoint endpoint, String parameter) {
        List<String> spec = endpoint.queryParameter(parameter).map(ApiParameter::allowedValues).orElse(List.of());
        List<String> all = new ArrayList<>(spec);
        all.addAll(EarlierNames.alsoAccepted(parameter, spec));
        return List.copyOf(all);
    }

    /**
     * The allowed values still to offer for the text in the value field: for a comma-separated parameter, those not
     * chosen yet that start with the part after the last comma ({@code created_at,au} offers {@code author_id}); for
     * a single value, those that start with the whole text.
     */
    public static List<String> suggest(Endpoint endpoint, String parameter, String currentValue) {
        String value = currentValue == null ? "" : currentValue;
        boolean list = endpoint.queryParameter(parameter).map(ApiParameter::commaSeparated).orElse(false);
        List<String> items = list ? Arrays.asList(value.split(",", -1)) : List.of(value);
        String partial = items.get(items.size() - 1).strip().toLowerCase(Locale.ROOT);
        Set<String> chosen = items.subList(0, items.size() - 1).stream().map(String::strip).collect(Collectors.toSet());
        return allowedValues(endpoint, parameter).stream()
                .filter(v -> v.toLowerCase(Locale.ROOT).startsWith(partial) && !chosen.contains(v))
                .toList();
    }

    /** The value with a suggestion taken: it replaces the part after the last comma ({@code created_at,au} → {@code created_at,author_id}). */
    public static String accept(String currentValue, String suggestion, boolean commaSeparated) {
        String value = currentValue == null ? "" : currentValue;
        if (!commaSeparated) {
            return suggestion;
        }
        int comma = value.lastIndexOf(',');
        return (comma < 0 ? "" : value.substring(0, comma + 1)) + suggestion;
    }
}
