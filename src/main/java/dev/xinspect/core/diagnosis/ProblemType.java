package dev.xinspect.core.diagnosis;

import java.util.List;

/**
 * A problem type of the X API, keyed by its slug (the part after {@code /2/problems/}, or {@code about:blank}):
 * X's title for it, what it means in our words, the extra fields it carries and the checklists it links to.
 */
public record ProblemType(String slug, String title, String meaning, List<String> fields, List<String> checklists) {
    public ProblemType {
        fields = List.copyOf(fields);
        checklists = List.copyOf(checklists);
    }
}
