package dev.xinspect.core.compare;

import java.util.List;

/**
 * The outcome of comparing two exchanges: status codes, header changes, and body changes. {@code bodyNote} says
 * why no JSON diff was made (a body is not JSON) and is empty otherwise.
 */
public record ExchangeComparison(int leftStatus, int rightStatus, List<Change> headerChanges,
                                 List<Change> bodyChanges, String bodyNote) {
    public ExchangeComparison {
        headerChanges = List.copyOf(headerChanges);
        bodyChanges = List.copyOf(bodyChanges);
    }

    public boolean statusChanged() {
        return leftStatus != rightStatus;
    }
}
