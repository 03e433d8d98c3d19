package dev.xinspect.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An exported command as it is printed: notes as {@code #} lines above it, then the command with one argument group
 * per continuation line. A note is never put between continuation lines: bash ends the command at a comment's line
 * end, so everything after it would be lost (and run as a command of its own).
 */
final class ShellCommand {
    /** Headers (lower case) curl and HTTPie compute themselves; copying them into a command would only go stale. */
    static final Set<String> COMPUTED_HEADERS = Set.of("content-length", "host", "connection", "accept-encoding");

    private final List<String> notes = new ArrayList<>();
    private final StringBuilder first;
    private final List<String> lines = new ArrayList<>();

    ShellCommand(String start) {
        first = new StringBuilder(start);
    }

    /** Appends to the first line: {@code curl -X POST 'url'}. */
    ShellCommand inline(String words) {
        first.append(' ').append(words);
        return this;
    }

    /** One argument group on a continuation line of its own. */
    ShellCommand line(String words) {
        lines.add(words);
        return this;
    }

    ShellCommand note(String note) {
        notes.add(note);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (String note : notes) {
            out.append("# ").append(note.replace("\n", " ")).append('\n');
        }
        out.append(first);
        for (String line : lines) {
            out.append(" \\\n  ").append(line);
        }
        return out.toString();
    }
}
