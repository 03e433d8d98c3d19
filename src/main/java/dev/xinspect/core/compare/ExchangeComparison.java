package dev.xinspect.core.compare;

import java.util.List;

/**
 * The outcome of comparing two exchanges: which is which ({@code leftLabel}, {@code rightLabel}: time, method, path
 * and status), the request changes (method, URL, headers, body), status codes, response header changes, and body
 * changes. {@code bodyNote} says why no JSON diff of the response bodies was made and is empty otherwise.
 */
public record ExchangeComparison(String leftLabel, String rightLabel, List<Change> requestChanges, int leftStatus,
                                 int rightStatus, List<Change> headerChanges, List<Change> bodyChanges, String bodyNote) {
    public ExchangeComparison {
        requestChanges = List.copyOf(requestChanges);
        headerChanges = List.copyOf(headerChanges);
        bodyChanges = List.copyOf(bodyChanges);
    }

    public boolean statusChanged() {
        return leftStatus != rightStatus;
    }
}
