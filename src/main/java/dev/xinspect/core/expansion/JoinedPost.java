package dev.xinspect.core.expansion;

import java.util.List;

/** A Post of the answer's {@code data} with its references, in the order the Post names them. */
public record JoinedPost(String id, String text, List<Reference> references) {

    public JoinedPost {
        references = List.copyOf(references);
    }

    /** The references that did not resolve. */
    public List<Reference> unresolved() {
        return references.stream().filter(r -> !r.resolved()).toList();
    }
}
