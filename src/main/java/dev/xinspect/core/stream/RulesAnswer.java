package dev.xinspect.core.stream;

import dev.xinspect.core.http.Exchange;
import java.util.List;

/**
 * What a rules request gave: the exchange (for the diagnosis, including 2xx answers that carry {@code errors[]}), the
 * rules in its {@code data}, the {@code errors[]} it held as short lines, and a one-sentence summary.
 */
public record RulesAnswer(Exchange exchange, List<StreamRule> rules, List<String> errors, String summary) {
    public RulesAnswer {
        rules = List.copyOf(rules);
        errors = List.copyOf(errors);
    }

    /** True when the request got a 2xx; errors may still be present for some rules. */
    public boolean answered() {
        return exchange.response() != null && exchange.response().status() / 100 == 2;
    }
}
