package dev.xinspect.core.stream;

import java.time.Duration;
import java.time.Instant;

/** Posts per second over the last window of at least a second, from samples of the running count. Not thread-safe. */
public final class PostRate {
    private Instant since;
    private long countThen;
    private double perSecond;

    /** Takes a sample (the count so far, now) and returns the current rate. */
    public double sample(Instant now, long count) {
        if (since == null || count < countThen) {
            since = now;
            countThen = count;
            perSecond = 0;
        } else {
            long millis = Duration.between(since, now).toMillis();
            if (millis >= 1000) {
                perSecond = (count - countThen) * 1000.0 / millis;
                since = now;
                countThen = count;
            }
        }
        return perSecond;
    }
}
