package dev.xinspect.core.diagnosis;

import java.util.Optional;

/**
 * One piece of advice computed from the request that was actually sent, such as "your OAuth 1.0a timestamp is
 * 9 minutes off the server's clock". Hints need a sent request; a pasted response alone gets none.
 */
public interface RequestHint {
    Optional<Finding> check(HintContext context);
}
