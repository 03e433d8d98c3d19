package dev.xinspect.core.catalog;

import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the fields parameters X ignores without a word: {@code user.fields}, {@code media.fields},
 * {@code place.fields}, {@code poll.fields} (and Post fields on an endpoint that returns no Posts) shape only the
 * objects of their kind, and an answer holds those only as its {@code data} or through an expansion that returns
 * them ({@code user.fields} on recent search needs {@code expansions=author_id} or another expansion to users).
 * It judges only endpoints whose spec names the object in {@code data}, and stays silent when an expansion is one it
 * does not know or a value is a {@code {{variable}}}. Pure functions.
 */
public final class ExpansionCheck {
    /** The objects a fields parameter shapes. */
    private static final Map<String, String> FIELDS = Map.of("user.fields", "users", "media.fields", "media",
            "place.fields", "places", "poll.fields", "polls", "tweet.fields", "Posts", "post.fields", "Posts");
    /** The schema of {@code data}, in X's specs, to the same words. */
    private static final Map<String, String> DATA = Map.of("Tweet", "Posts", "Post", "Posts", "User", "users",
            "Media", "media", "Place", "places", "Poll", "polls");
    /** The last part of an expansion's name, to what it brings into {@code includes} (X's expansions tables). */
    private static final Map<String, String> EXPANSION_ENDS = Map.ofEntries(
            Map.entry("author_id", "users"), Map.entry("in_reply_to_user_id", "users"), Map.entry("username", "users"),
            Map.entry("user_id", "users"), Map.entry("creator_id", "users"), Map.entry("host_ids", "users"),
            Map.entry("invited_user_ids", "users"), Map.entry("speaker_ids", "users"), Map.entry("owner_id", "users"),
            Map.entry("sender_id", "users"), Map.entry("participant_ids", "users"),
            Map.entry("media_keys", "media"), Map.entry("cover_media", "media"), Map.entry("media_entities", "media"),
            Map.entry("poll_ids", "polls"), Map.entry("place_id", "places"),
            Map.entry("id", "Posts"), Map.entry("pinned_tweet_id", "Posts"), Map.entry("most_recent_tweet_id", "Posts"),
            Map.entry("media_source_tweet", "Posts"), Map.entry("edit_history_tweet_ids", "Posts"),
            Map.entry("referenced_posts", "Posts"), Map.entry("pinned_post_id", "Posts"));

    private ExpansionCheck() {
    }

    /** One sentence per fields parameter X would ignore, in the order of the URL. */
    public static List<QueryProblem> check(Endpoint endpoint, String url) {
        String primary = DATA.get(endpoint.dataObject());
        if (primary == null) {
            return List.of();
        }
        List<QueryParam> query = QueryString.parse(url);
        List<String> expansions = query.stream().filter(p -> p.name().equals("expansions"))
                .flatMap(p -> Arrays.stream(p.value().split(","))).map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (expansions.stream().anyMatch(e -> e.contains("{{") || returns(e).isEmpty())) {
            return List.of();
        }
        Set<String> included = expansions.stream().map(e -> returns(e).orElseThrow())
                .collect(java.util.stream.Collectors.toSet());
        return query.stream().map(QueryParam::name).distinct().filter(FIELDS::containsKey)
                .filter(name -> !FIELDS.get(name).equals(primary) && !included.contains(FIELDS.get(name)))
                .map(name -> ignored(endpoint, name, primary)).toList();
    }

    /** What an expansion brings into {@code includes}: users, media, places, polls or Posts; empty when unknown. */
    static Optional<String> returns(String expansion) {
        String name = expansion.toLowerCase(Locale.ROOT);
        String last = name.substring(name.lastIndexOf('.') + 1);
        return Optional.ofNullable(EXPANSION_ENDS.get(last));
    }

    private static QueryProblem ignored(Endpoint endpoint, String name, String primary) {
        String kind = FIELDS.get(name);
        List<String> offered = endpoint.queryParameter("expansions").map(ApiParameter::allowedValues).orElse(List.of())
                .stream().filter(e -> returns(e).filter(kind::equals).isPresent()).toList();
        String fix = offered.isEmpty() ? "no expansion of this endpoint returns " + kind + ", so leave it out"
                : "add expansions=" + offered.get(0) + (offered.size() > 1 ? " (or " + AuthModeCheck.or(offered.subList(1,
                Math.min(offered.size(), 4))) + ")" : "");
        return new QueryProblem(name, QueryProblem.Kind.IGNORED_FIELDS, name + " has no effect here: " + endpoint.label()
                + " returns " + primary + " and no expansion in the request returns " + kind + ", so X ignores it"
                + " without a word; " + fix + ".");
    }
}
