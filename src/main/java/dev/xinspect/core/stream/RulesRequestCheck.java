package dev.xinspect.core.stream;

import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import dev.xinspect.core.http.SentRequest;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The request editor's check before sending: the rules in a {@code POST …/2/tweets/search/stream/rules} body linted as
 * the console's rules editor lints them, at the Basic access level's length (the lowest, so nothing passes here that
 * X would refuse for length at any level); and the {@code query} of recent and full-archive search (and their counts)
 * linted by the same grammar with search's operators, at 512 and 1,024 characters.
 */
public final class RulesRequestCheck {
    private static final String RULES_PATH = "/2/tweets/search/stream/rules";

    private final RuleLinter linter;

    public RulesRequestCheck(RuleLinter linter) {
        this.linter = linter;
    }

    /** One sentence naming each problem X would refuse, or empty for any other request. */
    public Optional<String> check(SentRequest request) {
        String path = pathOf(request.url());
        List<RuleLint> lints;
        if (request.method().equals("POST") && !request.body().isEmpty() && path.endsWith(RULES_PATH)) {
            lints = linter.lintAddBody(request.body().text(), RuleLinter.Level.BASIC);
        } else if (request.method().equals("GET") && searchLevel(path).isPresent()) {
            lints = query(request.url()).map(q -> linter.lintQuery(q, searchLevel(path).orElseThrow()).stream()
                    .map(l -> new RuleLint("query: " + l.message(), l.position(), l.blocking())).toList()).orElse(List.of());
        } else {
            return Optional.empty();
        }
        List<String> blocking = lints.stream().filter(RuleLint::blocking).map(RuleLint::message).toList();
        return blocking.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", blocking));
    }

    private static Optional<RuleLinter.SearchLevel> searchLevel(String path) {
        if (path.endsWith("/2/tweets/search/recent") || path.endsWith("/2/tweets/counts/recent")) {
            return Optional.of(RuleLinter.SearchLevel.RECENT);
        }
        if (path.endsWith("/2/tweets/search/all") || path.endsWith("/2/tweets/counts/all")) {
            return Optional.of(RuleLinter.SearchLevel.FULL_ARCHIVE);
        }
        return Optional.empty();
    }

    private static Optional<String> query(String url) {
        return QueryString.parse(url).stream()
                .filter(p -> p.name().equals("query")).map(QueryParam::value).findFirst();
    }

    private static String pathOf(String url) {
        try {
            String path = URI.create(url).getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
