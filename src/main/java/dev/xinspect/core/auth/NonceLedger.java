package dev.xinspect.core.auth;

import java.util.LinkedHashSet;
import java.util.SequencedSet;

/**
 * The nonces checked so far (per consumer key and timestamp), so the verifier can say when a header reuses one: an
 * OAuth 1.0a server refuses a nonce it has already seen with the same timestamp (RFC 5849 §3.3), which is what a
 * retry that resends the same signed header runs into. Bounded to the most recent {@value #REMEMBERED}. Thread-safe.
 */
public final class NonceLedger {
    static final int REMEMBERED = 10_000;

    private final SequencedSet<String> seen = new LinkedHashSet<>();

    /** Records the nonce; true when it was seen before with the same consumer key and timestamp. */
    public synchronized boolean reused(String consumerKey, String nonce, long timestamp) {
        if (!seen.add(consumerKey + '\n' + nonce + '\n' + timestamp)) {
            return true;
        }
        if (seen.size() > REMEMBERED) {
            seen.removeFirst();
        }
        return false;
    }
}
