package dev.xinspect.core.stream;

import dev.xinspect.core.http.SentRequest;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The request editor's check before a {@code POST …/2/tweets/search/stream/rules}: the rules in the body linted as
 * the console's rules editor lints them, at the Basic access level's length (the lowest, so nothing passes here that
 * X would refuse for length at any level).
 */
public final class RulesRequestCheck {
    private static final String RULES_PATH = "/2/tweets/search/stream/rules";

    private final RuleLinter linter;

    public RulesRequestCheck(RuleLinter linter) {
        this.linter = linter;
    }

    /** One sentence naming each problem, or empty for any other request. */
    public Optional<String> check(SentRequest request) {
        if (!request.method().equals("POST") || request.body().isEmpty() || !isRulesPath(request.url())) {
            return Optional.empty();
        }
        List<RuleLint> lints = linter.lintAddBody(request.body().text(), RuleLinter.Level.BASIC);
        return lints.isEmpty() ? Optional.empty()
                : Optional.of(String.join(" ", lints.stream().map(RuleLint::message).toList()));
    }

    private static boolean isRulesPath(String url) {
        try {
            String path = URI.create(url).getPath();
            return path != null && path.endsWith(RULES_PATH);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
