package dev.xinspect.core.stream;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task once after a delay. The app passes a {@link ScheduledExecutorService}; tests pass a hand-driven clock, so
 * a reconnect schedule of minutes is checked without waiting.
 */
@FunctionalInterface
public interface Scheduler {
    /** Schedules {@code task}; cancelling the future before it runs means it never runs. */
    Future<?> schedule(Duration delay, Runnable task);

    static Scheduler of(ScheduledExecutorService executor) {
        return (delay, task) -> executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }
}
