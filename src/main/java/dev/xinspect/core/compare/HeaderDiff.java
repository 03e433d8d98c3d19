package dev.xinspect.core.compare;

import dev.xinspect.core.http.Headers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists headers whose values differ between two responses. Names compare case-insensitively; repeated headers
 * compare as their joined values. Headers that always differ ({@code date}, {@code x-transaction-id}, …) are
 * still listed: the user decides what matters.
 */
public final class HeaderDiff {

    public List<Change> diff(Headers left, Headers right) {
        Set<String> names = new LinkedHashSet<>();
        left.list().forEach(h -> names.add(h.name().toLowerCase(Locale.ROOT)));
        right.list().forEach(h -> names.add(h.name().toLowerCase(Locale.ROOT)));
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            String leftValue = joined(left, name);
            String rightValue = joined(right, name);
            if (leftValue == null) {
                changes.add(Change.added(name, rightValue));
            } else if (rightValue == null) {
                changes.add(Change.removed(name, leftValue));
            } else if (!leftValue.equals(rightValue)) {
                changes.add(Change.changed(name, leftValue, rightValue));
            }
        }
        return changes;
    }

    private static String joined(Headers headers, String name) {
        List<String> values = headers.all(name);
        return values.isEmpty() ? null : String.join(", ", values);
    }
}
