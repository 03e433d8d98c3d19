package dev.xinspect.core.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A path template cut into literal segments and {@code {name}} slots, and how concrete paths fit it. */
record PathTemplate(String template, List<Segment> segments) {

    /**
     * Literal segments win over slots, position by position from the left: {@code /2/users/me} over
     * {@code /2/users/{id}}, and {@code /2/users/by/username/{username}} over anything with a slot at {@code by}.
     * This is how X routes ({@code me} and {@code by} are never read as ids).
     */
    static final Comparator<PathTemplate> MORE_LITERAL_FIRST = (a, b) -> {
        int n = Math.min(a.segments.size(), b.segments.size());
        for (int i = 0; i < n; i++) {
            boolean pa = a.segments.get(i).slot();
            boolean pb = b.segments.get(i).slot();
            if (pa != pb) {
                return pa ? 1 : -1;
            }
        }
        return Integer.compare(a.segments.size(), b.segments.size());
    };

    /** One segment: literal text, or a slot whose {@code text} is its name. */
    record Segment(String text, boolean slot) {
        boolean fits(String concrete) {
            return slot ? !concrete.isEmpty() : text.equals(concrete);
        }

        String asTemplate() {
            return slot ? "{" + text + "}" : text;
        }
    }

    static PathTemplate of(String template) {
        List<Segment> segments = new ArrayList<>();
        for (String part : UrlPath.of(template).segments()) {
            boolean slot = part.length() > 2 && part.startsWith("{") && part.endsWith("}") && !part.startsWith("{{");
            segments.add(new Segment(slot ? part.substring(1, part.length() - 1) : part, slot));
        }
        return new PathTemplate(template, List.copyOf(segments));
    }

    /** Whether a concrete path's segments fit, one for one (a single trailing slash is forgiven). */
    boolean fits(List<String> concrete) {
        List<String> path = withoutTrailingEmpty(concrete);
        if (path.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < path.size(); i++) {
            if (!segments.get(i).fits(path.get(i))) {
                return false;
            }
        }
        return true;
    }

    List<String> slotNames() {
        return segments.stream().filter(Segment::slot).map(Segment::text).toList();
    }

    static List<String> withoutTrailingEmpty(List<String> segments) {
        return !segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()
                ? segments.subList(0, segments.size() - 1) : segments;
    }
}
