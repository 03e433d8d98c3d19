package dev.xinspect.core.http;

/** Bodies cut into slices of a few bytes, for tests outside this package that read a body slice by slice. */
public final class SlicedBodies {
    private SlicedBodies() {
    }

    /** A copy of {@code bytes} in slices of at most {@code sliceBytes} (4 or more), cut as a large body's are. */
    public static Body of(byte[] bytes, int sliceBytes) {
        return Body.ofRange(bytes, 0, bytes.length, sliceBytes);
    }
}
