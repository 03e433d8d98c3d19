package dev.xinspect.core.stream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/** A clock and scheduler driven by the test: scheduled tasks run only when {@link #advance} reaches them. */
final class ManualTime extends Clock implements Scheduler {
    private record Task(Instant due, long order, FutureTask<Void> task) {
    }

    private Instant now;
    private long order;
    private final List<Task> tasks = new ArrayList<>();

    ManualTime(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Future<?> schedule(Duration delay, Runnable task) {
        FutureTask<Void> future = new FutureTask<>(task, null);
        tasks.add(new Task(now.plus(delay), order++, future));
        return future;
    }

    /** Moves time on, running each due task at its due time, in order. */
    void advance(Duration duration) {
        Instant target;
        synchronized (this) {
            target = now.plus(duration);
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> !t.due().isAfter(target) && !t.task().isCancelled())
                        .min(Comparator.comparing(Task::due).thenComparing(Task::order)).orElse(null);
                if (next == null) {
                    now = target;
                    tasks.removeIf(t -> t.task().isCancelled());
                    return;
                }
                tasks.remove(next);
                now = next.due();
            }
            next.task().run();
        }
    }

    /** Runs what is due now (delay zero) without moving time. */
    void runDue() {
        advance(Duration.ZERO);
    }

    synchronized int pending() {
        return (int) tasks.stream().filter(t -> !t.task().isCancelled()).count();
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
