package dev.xinspect.core.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses a file's media type, category and segment size. Segments are 1 MiB (the size X's chunked-upload tutorial
 * uses), larger only when a file would need more than X's 1,000 segment indexes, and never over the 5 MB an APPEND
 * may carry (POST media/upload APPEND reference: "It must be &lt;= 5 MB"). Pure: sizes in, plan out.
 */
public final class ChunkPlanner {
    /** The most bytes one APPEND may carry. */
    public static final int MAX_SEGMENT_BYTES = 5 * 1024 * 1024;
    /** {@code segment_index} runs from 0 to 999 ({@code AppendMediaUploadRequest} in X's spec). */
    public static final int MAX_SEGMENTS = 1000;
    static final int DEFAULT_SEGMENT_BYTES = 1024 * 1024;

    /** File extensions to the {@code media_type} values of X's spec. */
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("mp4", "video/mp4"), Map.entry("m4v", "video/mp4"),
            Map.entry("mov", "video/quicktime"), Map.entry("webm", "video/webm"), Map.entry("ts", "video/mp2t"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("bmp", "image/bmp"),
            Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"));

    private ChunkPlanner() {
    }

    /** The plan for a file named {@code fileName} of {@code totalBytes} bytes. */
    public static ChunkPlan plan(String fileName, long totalBytes) throws UnplannableMediaException {
        String mediaType = mediaType(fileName);
        MediaCategory category = MediaCategory.of(mediaType);
        if (totalBytes <= 0) {
            throw new UnplannableMediaException("The file " + fileName + " is empty: there is nothing to upload.");
        }
        if (totalBytes > category.maxBytes()) {
            throw new UnplannableMediaException("The file " + fileName + " has " + totalBytes + " bytes; X takes at most "
                    + sizeText(category.maxBytes()) + " as " + category.wireName() + ".");
        }
        int segmentSize = segmentSize(totalBytes);
        List<Segment> segments = new ArrayList<>();
        for (long offset = 0; offset < totalBytes; offset += segmentSize) {
            segments.add(new Segment(segments.size(), offset, (int) Math.min(segmentSize, totalBytes - offset)));
        }
        return new ChunkPlan(fileName, mediaType, category, totalBytes, segmentSize, segments);
    }

    /** 1 MiB, or the smallest whole number of MiB that keeps the file within 1,000 segments. */
    static int segmentSize(long totalBytes) {
        long needed = (totalBytes + MAX_SEGMENTS - 1) / MAX_SEGMENTS;
        long mebibytes = Math.max(1, (needed + DEFAULT_SEGMENT_BYTES - 1) / DEFAULT_SEGMENT_BYTES);
        return (int) Math.min(MAX_SEGMENT_BYTES, mebibytes * DEFAULT_SEGMENT_BYTES);
    }

    static String mediaType(String fileName) throws UnplannableMediaException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(lower.substring(dot + 1));
        if (type == null) {
            throw new UnplannableMediaException("The file " + fileName + " is not a type X takes for a Post: use an image "
                    + "(jpg, png, webp, bmp, tiff), a GIF or a video (mp4, mov, webm, ts).");
        }
        return type;
    }

    static String sizeText(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
