package dev.xinspect.ui.viewmodel;

import java.util.List;
import java.util.Set;

/** A query parameter with a fixed list of values ({@code tweet.fields}, {@code expansions}): which are chosen now. */
public record FieldChoice(String parameter, List<String> allowed, Set<String> chosen) {
    public FieldChoice {
        allowed = List.copyOf(allowed);
        chosen = Set.copyOf(chosen);
    }

    /** "tweet.fields (2)": the menu's caption. */
    public String caption() {
        return chosen.isEmpty() ? parameter : parameter + " (" + chosen.size() + ")";
    }
}
