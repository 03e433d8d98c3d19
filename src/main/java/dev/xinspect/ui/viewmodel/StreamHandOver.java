package dev.xinspect.ui.viewmodel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * Hands what a stream's threads report to the FX thread in batches, so a fast stream cannot flood the UI: at most
 * one hand-over task is pending at a time (or none while the window takes a batch each frame, {@link #perFrame}),
 * and only the newest {@code maxPosts} Posts wait for it, so a stream faster than the window holds bounded memory.
 *
 * @param <R> the other reports (states, events, refusals), delivered in arrival order before the batch's Posts
 */
final class StreamHandOver<R> {
    private final int maxPosts;
    private final Executor fxThread;
    private final BiConsumer<List<String>, List<R>> deliver;
    private final Queue<R> pending = new ConcurrentLinkedQueue<>();
    private final ArrayDeque<String> arrivedPosts = new ArrayDeque<>(); // guarded by itself
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean perFrame;

    /** @param deliver receives each batch on the FX thread: the new Posts, then the other reports */
    StreamHandOver(int maxPosts, Executor fxThread, BiConsumer<List<String>, List<R>> deliver) {
        this.maxPosts = maxPosts;
        this.fxThread = fxThread;
        this.deliver = deliver;
    }

    /** A Post's JSON, from a stream thread; the oldest waiting Post is dropped past {@code maxPosts}. */
    void post(String json) {
        synchronized (arrivedPosts) {
            arrivedPosts.addLast(json);
            if (arrivedPosts.size() > maxPosts) {
                arrivedPosts.removeFirst();
            }
        }
        schedule();
    }

    /** Anything else a stream thread reports. */
    void report(R item) {
        pending.add(item);
        schedule();
    }

    /**
     * While the stream runs, the view hands events over once per frame ({@link #drain()}) instead of a task per
     * batch: at 100,000 Posts a second the batches would otherwise keep the FX thread busy between frames. Turning it
     * off hands over what is waiting.
     */
    void perFrame(boolean on) {
        perFrame = on;
        if (!on) {
            schedule(); // a task of its own: this may be called from within a hand-over
        }
    }

    /** Delivers everything waiting; on the FX thread. */
    void drain() {
        scheduled.set(false);
        List<String> posts;
        synchronized (arrivedPosts) {
            posts = new ArrayList<>(arrivedPosts);
            arrivedPosts.clear();
        }
        List<R> reports = new ArrayList<>();
        for (R report = pending.poll(); report != null; report = pending.poll()) {
            reports.add(report);
        }
        deliver.accept(posts, reports);
    }

    int postsWaiting() {
        synchronized (arrivedPosts) {
            return arrivedPosts.size();
        }
    }

    private void schedule() {
        if (perFrame) {
            return; // the view's next frame takes them
        }
        if (scheduled.compareAndSet(false, true)) {
            fxThread.execute(this::drain);
        }
    }
}
