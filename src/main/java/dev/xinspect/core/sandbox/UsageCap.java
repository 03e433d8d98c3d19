package dev.xinspect.core.sandbox;

import java.util.concurrent.atomic.AtomicLong;

/** The monthly Post cap of the demo App's package: every Post returned by a read counts against it. */
final class UsageCap {
    private final long cap;
    private final AtomicLong used = new AtomicLong();

    UsageCap(long cap) {
        this.cap = cap;
    }

    boolean isReached() {
        return used.get() >= cap;
    }

    void count(int posts) {
        used.addAndGet(posts);
    }
}
