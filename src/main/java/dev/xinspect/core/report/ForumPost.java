package dev.xinspect.core.report;

import java.util.List;

/**
 * A drafted community forum post: a suggested title and the Markdown body, already redacted. {@code topics} are
 * the checklist ids the findings fall under; more than one means the forum's one-topic rule is at stake.
 */
public record ForumPost(String title, String markdown, List<String> topics) {
    public ForumPost {
        topics = List.copyOf(topics);
    }

    public boolean coversSeveralTopics() {
        return topics.size() > 1;
    }
}
