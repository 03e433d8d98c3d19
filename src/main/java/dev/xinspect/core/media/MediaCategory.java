package dev.xinspect.core.media;

import java.util.Optional;

/**
 * The {@code media_category} values of X's {@code InitializeMediaUploadRequest} a Post can carry, with X's upload size
 * limit for each (docs.x.com/x-api/media: image 5 MB, GIF 15 MB, video 512 MB).
 */
public enum MediaCategory {
    TWEET_IMAGE("tweet_image", 5L * 1024 * 1024),
    TWEET_GIF("tweet_gif", 15L * 1024 * 1024),
    TWEET_VIDEO("tweet_video", 512L * 1024 * 1024);

    private final String wireName;
    private final long maxBytes;

    MediaCategory(String wireName, long maxBytes) {
        this.wireName = wireName;
        this.maxBytes = maxBytes;
    }

    /** The value sent as {@code media_category}, verbatim from X's spec. */
    public String wireName() {
        return wireName;
    }

    /** The largest file X takes in this category, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The category of a spec's {@code media_type}: GIFs are their own category, other images are images. */
    public static MediaCategory of(String mediaType) {
        if (mediaType.equals("image/gif")) {
            return TWEET_GIF;
        }
        return mediaType.startsWith("video/") ? TWEET_VIDEO : TWEET_IMAGE;
    }

    public static Optional<MediaCategory> named(String wireName) {
        for (MediaCategory category : values()) {
            if (category.wireName.equals(wireName)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
