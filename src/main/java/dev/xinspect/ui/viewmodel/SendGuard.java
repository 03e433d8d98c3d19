package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.SentRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The questions asked before a request leaves, so the user confirms rather than learns from X's answer: a profile
 * about to replace the request's own {@code Authorization} header, then each check added by the window (no requests
 * left in the rate-limit window, an auth mode the endpoint refuses, …). The reasons show as one warning until the
 * user sends anyway or dismisses it. Checks run on the FX thread and must be quick.
 */
final class SendGuard {
    private final List<BiFunction<SentRequest, AuthOption, Optional<String>>> checks = new ArrayList<>();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");

    /** A check whose sentence, when it has one, holds the request until the user sends anyway. */
    void add(BiFunction<SentRequest, AuthOption, Optional<String>> check) {
        checks.add(check);
    }

    /** Whether to hold {@code request} sent with {@code chosen}: when so, the warning says why. */
    boolean holds(SentRequest request, AuthOption chosen) {
        warning.set(String.join("\n", reasons(request, chosen)));
        return !warning.get().isEmpty();
    }

    void dismiss() {
        warning.set("");
    }

    /** Why the last request was held, one reason a line, or empty. */
    ReadOnlyStringProperty warning() {
        return warning.getReadOnlyProperty();
    }

    /** Every reason to hold {@code request} sent with {@code chosen}, in order; empty when it may go. */
    List<String> reasons(SentRequest request, AuthOption chosen) {
        List<String> reasons = new ArrayList<>();
        if (!chosen.isNone() && request.headers().contains("authorization")) {
            reasons.add("The request has its own Authorization header, and the profile “" + chosen.label() + "” replaces it"
                    + " at Send. Choose “" + AuthOption.asInHeaders().label() + "” in Auth to send it as it is.");
        }
        checks.forEach(check -> check.apply(request, chosen).ifPresent(reasons::add));
        return reasons;
    }
}
