package dev.xinspect.core.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Line and column (both from 1) of an index into a pasted text, for messages that point at a character. */
final class TextPosition {
    private final List<Integer> lineStarts = new ArrayList<>();

    TextPosition(String text) {
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    int line(int index) {
        int found = Collections.binarySearch(lineStarts, index);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    int column(int index) {
        return index - lineStarts.get(line(index) - 1) + 1;
    }

    String at(int index) {
        return "line " + line(index) + ", column " + column(index);
    }
}
