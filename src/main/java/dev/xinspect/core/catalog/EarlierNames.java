package dev.xinspect.core.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names X's API and docs use that X's spec 2.167 renamed or dropped, so that checks built on the newest spec do not
 * flag what every X example sends. Spec 2.167 calls the Post fields parameter {@code post.fields} on most endpoints
 * (2.159, the streams in 2.167, and X's docs say {@code tweet.fields}); its Post fields list lacks {@code author_id},
 * {@code referenced_tweets}, …; its expansions say {@code referenced_posts} for {@code referenced_tweets.id} and
 * {@code pinned_post_id} for {@code pinned_tweet_id}. The values below are those of 2.159's
 * {@code TweetFieldsParameter}, {@code UserFieldsParameter}, {@code TweetExpansionsParameter} and
 * {@code UserExpansionsParameter} that 2.167 no longer lists. They are accepted, never required.
 */
final class EarlierNames {
    /** The two names of the Post fields parameter. */
    static final Map<String, String> PARAMETER_ALIASES = Map.of("tweet.fields", "post.fields", "post.fields", "tweet.fields");

    /** Values a parameter of this name also takes (both names of the Post fields parameter, and user.fields). */
    private static final Map<String, List<String>> BY_PARAMETER = Map.of(
            "tweet.fields", List.of("author_id", "edit_history_tweet_ids", "in_reply_to_user_id", "note_tweet", "referenced_tweets"),
            "post.fields", List.of("author_id", "edit_history_tweet_ids", "in_reply_to_user_id", "note_tweet", "referenced_tweets"),
            "user.fields", List.of("affiliation", "most_recent_tweet_id", "pinned_tweet_id"));

    /** For {@code expansions}: when the spec lists the new value, the earlier ones it replaced count too. */
    private static final Map<String, List<String>> EXPANSIONS_BY_NEW_VALUE = Map.of(
            "referenced_posts", List.of("referenced_tweets.id", "referenced_tweets.id.author_id",
                    "referenced_tweets.id.attachments.media_keys"),
            "edit_history_post_ids", List.of("edit_history_tweet_ids"),
            "entities.mentions.username", List.of("entities.note.mentions.username"),
            "pinned_post_id", List.of("pinned_tweet_id"),
            "most_recent_post_id", List.of("most_recent_tweet_id"),
            "affiliation", List.of("affiliation.user_id"));

    private EarlierNames() {
    }

    /**
     * The earlier values to accept next to the spec's list for a parameter (by the name the request uses), in a
     * stable order, without those the list already has. Empty for a parameter with no list.
     */
    static List<String> alsoAccepted(String parameter, List<String> specValues) {
        if (specValues.isEmpty()) {
            return List.of();
        }
        Set<String> extra = new LinkedHashSet<>(BY_PARAMETER.getOrDefault(parameter, List.of()));
        if (parameter.equals("expansions")) {
            specValues.forEach(v -> extra.addAll(EXPANSIONS_BY_NEW_VALUE.getOrDefault(v, List.of())));
        }
        List<String> missing = new ArrayList<>(extra);
        missing.removeAll(specValues);
        return List.copyOf(missing);
    }
}
