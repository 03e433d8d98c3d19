package dev.xinspect.core.paging;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.SentRequest;
import java.time.Instant;
import java.util.List;

/**
 * The exchanges of one *Fetch all pages*, first page first, and why it stopped.
 *
 * @param detail   one sentence for the user (the status, the reset time, the failure)
 * @param resume   at {@link Stop#RATE_LIMIT}: the request that fetches the next page once the window resets (the
 *                 refused one again after a 429); otherwise null
 * @param resetsAt at {@link Stop#RATE_LIMIT}: when X's 15-minute window resets, from the last page's headers; null
 *                 when they do not say
 */
public record Pages(List<Exchange> exchanges, Stop stop, String detail, SentRequest resume, Instant resetsAt) {
    public Pages {
        exchanges = List.copyOf(exchanges);
    }

    /** Pages that cannot be resumed. */
    public Pages(List<Exchange> exchanges, Stop stop, String detail) {
        this(exchanges, stop, detail, null, null);
    }

    /** Why the fetching stopped. */
    public enum Stop {
        /** The last page had no {@code meta.next_token}. */
        END,
        /** The page count asked for was reached. */
        PAGE_LIMIT,
        /** A 429, or no requests left in the window and the user chose to stop rather than wait. */
        RATE_LIMIT,
        /** Another error status; that page is kept. */
        ERROR_RESPONSE,
        /** A page could not be sent (network, timeout). */
        NOT_SENT,
        /** The user stopped it. */
        CANCELLED
    }
}
