package dev.xinspect.core.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ChunkPlannerTest {
    private static final int MIB = 1024 * 1024;

    @Test
    void aVideoGoesUpAsTweetVideoInMebibyteSegments() throws Exception {
        ChunkPlan plan = ChunkPlanner.plan("clip.mp4", 2 * MIB + MIB / 2);

        assertEquals("video/mp4", plan.mediaType());
        assertEquals(MediaCategory.TWEET_VIDEO, plan.category());
        assertEquals(List.of(new Segment(0, 0, MIB), new Segment(1, MIB, MIB), new Segment(2, 2L * MIB, MIB / 2)), plan.segments());
        assertEquals("video/mp4 as tweet_video, 2621440 bytes in 3 segments of up to 1 MiB", plan.summary());
    }

    @Test
    void gifsAndImagesGetTheirOwnCategories() throws Exception {
        assertEquals(MediaCategory.TWEET_GIF, ChunkPlanner.plan("dance.GIF", 1000).category());
        assertEquals(MediaCategory.TWEET_IMAGE, ChunkPlanner.plan("photo.jpeg", 1000).category());
        assertEquals("image/png", ChunkPlanner.plan("shot.png", 1000).mediaType());
    }

    @Test
    void aFileOverItsCategorysLimitIsRefusedBeforeAnythingIsSent() {
        UnplannableMediaException refused = assertThrows(UnplannableMediaException.class,
                () -> ChunkPlanner.plan("huge.png", 5L * MIB + 1));
        assertEquals("The file huge.png has 5242881 bytes; X takes at most 5 MiB as tweet_image.", refused.getMessage());
        assertThrows(UnplannableMediaException.class, () -> ChunkPlanner.plan("long.mp4", 512L * MIB + 1));
    }

    @Test
    void unknownTypesAndEmptyFilesAreRefused() {
        assertThrows(UnplannableMediaException.class, () -> ChunkPlanner.plan("notes.txt", 10));
        assertThrows(UnplannableMediaException.class, () -> ChunkPlanner.plan("noextension", 10));
        assertThrows(UnplannableMediaException.class, () -> ChunkPlanner.plan("empty.mp4", 0));
    }

    @Property(tries = 300)
    void segmentsCoverTheFileOnceInOrderWithinXsLimits(@ForAll @LongRange(min = 1, max = 512L * MIB) long size) throws Exception {
        ChunkPlan plan = ChunkPlanner.plan("video.mp4", size);

        long next = 0;
        for (int i = 0; i < plan.segments().size(); i++) {
            Segment segment = plan.segments().get(i);
            assertEquals(i, segment.index());
            assertEquals(next, segment.offset());
            assertTrue(segment.length() > 0 && segment.length() <= ChunkPlanner.MAX_SEGMENT_BYTES);
            next += segment.length();
        }
        assertEquals(size, next);
        assertTrue(plan.segments().size() <= ChunkPlanner.MAX_SEGMENTS);
    }
}
