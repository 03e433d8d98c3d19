package dev.xinspect.core.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;

/** A channel over bytes that remembers the most bytes one read asked for: readers promise a step per call. */
public final class WatchedChannel implements ReadableByteChannel {
    private final ReadableByteChannel source;
    private int largestAsk;

    public WatchedChannel(byte[] bytes) {
        source = Channels.newChannel(new ByteArrayInputStream(bytes));
    }

    @Override
    public int read(ByteBuffer into) throws IOException {
        largestAsk = Math.max(largestAsk, into.remaining());
        return source.read(into);
    }

    /** The most bytes a single read asked for. */
    public int largestAsk() {
        return largestAsk;
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {
    }
}
