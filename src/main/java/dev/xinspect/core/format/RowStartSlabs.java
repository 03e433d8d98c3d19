package dev.xinspect.core.format;

import dev.xinspect.core.http.Body;

/**
 * Packs the row starts of a body's pieces, one piece after another, into a few large shared arrays (slabs).
 * <p>
 * Why: an array of a piece's own (half a MB to 1 MB for a 4 MB piece) is born in G1's young generation and copied
 * by the next young collection: 35 MB of them for a 100 MB body, a 60 to 80 ms pause in the middle of a search
 * (README "Benchmarks"). An array of at least half a G1 region is allocated straight into the old generation and
 * never copied; a full slab is a little under 4 MB, so that with its header it fills whole regions (1, 2 or 4 MB:
 * heaps under 16 GB), as {@link Body#SLICE_BYTES} does. A small body gets a slab just large enough.
 */
final class RowStartSlabs {
    static final int SLAB_INTS = Body.SLICE_BYTES / Integer.BYTES;

    private int[] slab = new int[0];
    private int used;

    /** Where one piece's row starts were packed: {@code slab[first + row]}. */
    record Packed(int[] slab, int first) {
    }

    /**
     * Copies {@code starts[0, count)} into the current slab, or into a new one sized for the pieces to come: they
     * are alike, so {@code bytesAfter} more bytes need about as many starts per byte as this piece's {@code bytes}.
     */
    Packed pack(int[] starts, int count, int bytes, long bytesAfter) {
        if (slab.length - used < count) {
            long wanted = count + (long) count * bytesAfter / Math.max(1, bytes);
            slab = new int[(int) Math.max(count, Math.min(SLAB_INTS, wanted))];
            used = 0;
        }
        System.arraycopy(starts, 0, slab, used, count);
        Packed packed = new Packed(slab, used);
        used += count;
        return packed;
    }
}
