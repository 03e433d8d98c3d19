package dev.xinspect.core.diagnosis;

import java.util.List;

/**
 * What an HTTP status means for the X API: its text as X names it ({@code 409 Connection Exception}), what it
 * means, tips in our own words and the checklists to work through. Unknown codes fall back to their class.
 */
public record StatusInfo(int code, String text, String meaning, List<String> tips, List<String> checklists) {
    public StatusInfo {
        tips = List.copyOf(tips);
        checklists = List.copyOf(checklists);
    }

    public boolean isSuccess() {
        return code >= 200 && code < 300;
    }
}
