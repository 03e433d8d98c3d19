package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.Exchange;

/**
 * One row of a sign-in timeline, ready to show: time (UTC), title, detail and, for an HTTP call, the call as text and
 * as an exchange, both already redacted.
 */
public record FlowStepItem(String time, String title, String detail, String callText, Exchange call) {
    public boolean hasCall() {
        return call != null;
    }
}
