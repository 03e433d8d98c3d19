package dev.xinspect.core.media;

import java.util.List;

/**
 * How one file goes up: the spec's {@code media_type} and {@code media_category}, its {@code total_bytes}, and the
 * segments in order, each at most {@code segmentSize} bytes.
 */
public record ChunkPlan(String fileName, String mediaType, MediaCategory category, long totalBytes, int segmentSize,
                        List<Segment> segments) {
    public ChunkPlan {
        segments = List.copyOf(segments);
    }

    /** One line for the window: "video/mp4 as tweet_video, 3 segments of up to 1 MiB". */
    public String summary() {
        return mediaType + " as " + category.wireName() + ", " + totalBytes + " bytes in " + segments.size()
                + (segments.size() == 1 ? " segment" : " segments") + " of up to " + ChunkPlanner.sizeText(segmentSize);
    }
}
