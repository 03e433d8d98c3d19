package dev.xinspect.core.auth.oauth2;

import java.util.Arrays;
import java.util.Optional;

/** The OAuth 2.0 scopes X offers, each with a one-line explanation in our own words for the scope picker. */
public enum Oauth2Scope {
    TWEET_READ("tweet.read", "Read Posts, including those of protected accounts the user follows."),
    TWEET_WRITE("tweet.write", "Post and repost as the user."),
    TWEET_MODERATE_WRITE("tweet.moderate.write", "Hide or unhide replies to the user's Posts."),
    USERS_READ("users.read", "Read account details; most endpoints that return users need it, even /2/users/me."),
    FOLLOWS_READ("follows.read", "See who the user follows and who follows them."),
    FOLLOWS_WRITE("follows.write", "Follow and unfollow accounts as the user."),
    OFFLINE_ACCESS("offline.access", "Get a refresh token, so access survives the 2-hour access token lifetime."),
    SPACE_READ("space.read", "Read Spaces the user can see."),
    MUTE_READ("mute.read", "See which accounts the user muted."),
    MUTE_WRITE("mute.write", "Mute and unmute accounts as the user."),
    LIKE_READ("like.read", "See Posts the user liked."),
    LIKE_WRITE("like.write", "Like and unlike Posts as the user."),
    LIST_READ("list.read", "Read the user's Lists, including private ones, with members and followers."),
    LIST_WRITE("list.write", "Create, change and delete Lists as the user."),
    BLOCK_READ("block.read", "See which accounts the user blocked."),
    BLOCK_WRITE("block.write", "Block and unblock accounts as the user."),
    BOOKMARK_READ("bookmark.read", "Read the user's bookmarks."),
    BOOKMARK_WRITE("bookmark.write", "Add and remove bookmarks as the user."),
    DM_READ("dm.read", "Read the user's Direct Messages."),
    DM_WRITE("dm.write", "Send and delete Direct Messages as the user."),
    MEDIA_WRITE("media.write", "Upload images and video as the user."),
    TIMELINE_READ("timeline.read", "Read Custom Timelines the user can see."),
    BROADCAST_READ("broadcast.read", "Read the user's live broadcasts and their chat."),
    BROADCAST_WRITE("broadcast.write", "Run the user's live broadcasts and chat in them."),
    USERS_EMAIL("users.email", "Read the email address of the account (the app must be allowed to ask for it).");

    private final String wireName;
    private final String explanation;

    Oauth2Scope(String wireName, String explanation) {
        this.wireName = wireName;
        this.explanation = explanation;
    }

    /** The value sent in {@code scope}, e.g. {@code tweet.read}. */
    public String wireName() {
        return wireName;
    }

    public String explanation() {
        return explanation;
    }

    public static Optional<Oauth2Scope> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
