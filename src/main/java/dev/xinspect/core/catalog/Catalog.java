package dev.xinspect.core.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The endpoints of one spec, with URL matching and completion. Immutable and thread-safe. Matching ignores the host
 * and the query, so {@code https://api.x.com/2/users/me}, {@code http://127.0.0.1:8088/2/users/me?x=1} and
 * {@code {{baseUrl}}/2/users/me} all find {@code GET /2/users/me}.
 */
public final class Catalog {
    private static final List<String> METHOD_ORDER = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final SpecInfo info;
    private final List<Endpoint> endpoints;
    private final List<Entry> entries;

    /** An endpoint with its template parsed once. */
    private record Entry(Endpoint endpoint, PathTemplate template) {
    }

    public Catalog(SpecInfo info, List<Endpoint> endpoints) {
        this.info = info;
        this.endpoints = endpoints.stream().sorted(Comparator.comparing(Endpoint::pathTemplate)
                .thenComparing(e -> methodRank(e.method()))).toList();
        this.entries = this.endpoints.stream().map(e -> new Entry(e, PathTemplate.of(e.pathTemplate()))).toList();
    }

    public SpecInfo info() {
        return info;
    }

    /** The same endpoints, described by {@code other} (the built-in copy says so in its info). */
    Catalog withInfo(SpecInfo other) {
        return new Catalog(other, endpoints);
    }

    /** Every endpoint, by path then method. */
    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /**
     * The endpoint a request goes to: among the templates with this method that fit the URL's path, the one with
     * literal segments first ({@code /2/users/me} beats {@code /2/users/{id}}). Empty when none fits.
     */
    public Optional<Endpoint> find(String method, String url) {
        String wanted = method == null ? "" : method.strip().toUpperCase(Locale.ROOT);
        List<String> segments = UrlPath.of(url).segments();
        return entries.stream().filter(e -> e.endpoint().method().equals(wanted) && e.template().fits(segments))
                .min(Comparator.comparing(Entry::template, PathTemplate.MORE_LITERAL_FIRST)).map(Entry::endpoint);
    }

    /** Every method's endpoint at the URL's path (the best-fitting template for each), e.g. to say "POST only". */
    public List<Endpoint> endpointsAt(String url) {
        List<Endpoint> found = new ArrayList<>();
        for (String method : endpoints.stream().map(Endpoint::method).distinct().sorted(Comparator.comparing(Catalog::methodRank)).toList()) {
            find(method, url).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Endpoints for a search: {@code GET /2/users/me} or a URL gives the endpoints that URL goes to (the method
     * narrows it), else those whose path contains it; other words must all appear in the method, path, summary,
     * operation id or tags (any case). A blank query gives every endpoint.
     */
    public List<Endpoint> search(String query) {
        String text = query == null ? "" : query.strip();
        String method = "";
        int space = text.indexOf(' ');
        if (space > 0 && METHOD_ORDER.contains(text.substring(0, space).toUpperCase(Locale.ROOT))) {
            method = text.substring(0, space).toUpperCase(Locale.ROOT);
            text = text.substring(space + 1).strip();
        } else if (METHOD_ORDER.contains(text.toUpperCase(Locale.ROOT))) {
            method = text.toUpperCase(Locale.ROOT);
            text = "";
        }
        String wantedMethod = method;
        List<Endpoint> candidates = endpoints.stream().filter(e -> wantedMethod.isEmpty() || e.method().equals(wantedMethod)).toList();
        if (text.contains("/")) {
            List<Endpoint> exact = endpointsAt(text).stream().filter(candidates::contains).toList();
            String path = UrlPath.of(text).path().toLowerCase(Locale.ROOT);
            return !exact.isEmpty() ? exact
                    : candidates.stream().filter(e -> e.pathTemplate().toLowerCase(Locale.ROOT).contains(path)).toList();
        }
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
        return candidates.stream().filter(e -> {
            String haystack = (e.label() + " " + e.summary() + " " + e.operationId() + " " + String.join(" ", e.tags()))
                    .toLowerCase(Locale.ROOT);
            return words.stream().allMatch(haystack::contains);
        }).toList();
    }

    /**
     * Endpoints whose path starts like the typed text, best first: literal segments before slots position by
     * position, then shorter paths, then alphabetical, GET before POST. {@code /2/users/b} offers
     * {@code /2/users/by}, {@code /2/users/by/username/{username}}, then {@code /2/users/{id}}…
     */
    public List<UrlCompletion> complete(String typed, int limit) {
        UrlPath url = UrlPath.of(typed);
        List<String> segments = url.segments();
        if (segments.isEmpty()) {
            segments = List.of("");
        }
        List<String> typedSegments = segments;
        return entries.stream().filter(e -> startsLike(e.template(), typedSegments))
                .sorted(Comparator.comparing(Entry::template, PathTemplate.MORE_LITERAL_FIRST)
                        .thenComparing(e -> e.endpoint().pathTemplate()).thenComparing(e -> methodRank(e.endpoint().method())))
                .limit(Math.max(0, limit))
                .map(e -> new UrlCompletion(e.endpoint(), url.origin() + completedPath(e.template(), typedSegments) + url.rest()))
                .toList();
    }

    private static boolean startsLike(PathTemplate template, List<String> typed) {
        List<PathTemplate.Segment> segments = template.segments();
        if (segments.size() < typed.size()) {
            return false;
        }
        int last = typed.size() - 1;
        for (int i = 0; i < last; i++) {
            if (!segments.get(i).fits(typed.get(i))) {
                return false;
            }
        }
        PathTemplate.Segment at = segments.get(last);
        return at.slot() || at.text().toLowerCase(Locale.ROOT).startsWith(typed.get(last).toLowerCase(Locale.ROOT));
    }

    private static String completedPath(PathTemplate template, List<String> typed) {
        StringBuilder path = new StringBuilder();
        List<PathTemplate.Segment> segments = template.segments();
        for (int i = 0; i < segments.size(); i++) {
            PathTemplate.Segment segment = segments.get(i);
            boolean keepTyped = segment.slot() && i < typed.size() && !typed.get(i).isEmpty();
            path.append('/').append(keepTyped ? typed.get(i) : segment.asTemplate());
        }
        return path.toString();
    }

    private static int methodRank(String method) {
        int rank = METHOD_ORDER.indexOf(method);
        return rank < 0 ? METHOD_ORDER.size() : rank;
    }
}
