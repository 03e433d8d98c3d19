package dev.xinspect.core.stream;

import dev.xinspect.core.diagnosis.Checklist;
import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.FindingSource;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.Severity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers "why did I miss that Post?" from a stream's timeline: one finding per gap (when the stream was not
 * connected, and why), one per rule change (a rule applies only from when it was added), and the {@code missing-posts}
 * checklist. X does not deliver Posts created during a disconnect on the next connection. Pure.
 */
public final class MissedPostsExplainer {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private final KnowledgeBase knowledge;

    public MissedPostsExplainer(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public Diagnosis explain(ConnectionTimeline timeline, Instant now) {
        List<Finding> findings = new ArrayList<>();
        for (ConnectionTimeline.Gap gap : timeline.gaps()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("from", gap.from().toString());
            fields.put("to", gap.to() == null ? "still not connected" : gap.to().toString());
            fields.put("duration", Elapsed.of(gap.duration(now)));
            fields.put("reason", gap.reason());
            if (gap.failedAttempts() > 0) {
                fields.put("failed reconnects", Integer.toString(gap.failedAttempts()));
            }
            findings.add(new Finding(FindingSource.STREAM, Severity.WARNING, "stream:gap",
                    "Not connected " + UTC.format(gap.from()) + " – " + (gap.to() == null ? "now" : UTC.format(gap.to()))
                            + " (" + Elapsed.of(gap.duration(now)) + ")",
                    "Posts created in this interval were not delivered, and X does not send them on the next connection. "
                            + "It began with: " + gap.reason(), fields, List.of("missing-posts", "stream-connection")));
        }
        for (ConnectionTimeline.Entry change : timeline.ruleChanges()) {
            findings.add(new Finding(FindingSource.STREAM, Severity.INFO, "stream:rule-change",
                    "Rules changed at " + UTC.format(change.at()), change.text() + ". A rule matches only Posts created after it "
                    + "was added.", Map.of("at", change.at().toString()), List.of("missing-posts", "stream-rules")));
        }
        List<ConnectionSpan> spans = timeline.spans();
        List<String> notes = new ArrayList<>();
        if (timeline.gaps().isEmpty()) {
            notes.add(spans.isEmpty() && timeline.entries().stream().noneMatch(e -> e.kind() == ConnectionTimeline.Kind.CONNECTED)
                    ? "The stream has not been connected yet in this console."
                    : "No gaps: the stream stayed connected since it first connected. Check the rules and the author's privacy.");
        }
        long posts = spans.stream().mapToLong(ConnectionSpan::posts).sum();
        notes.add(spans.size() + " ended connection" + (spans.size() == 1 ? "" : "s") + " so far, with " + posts
                + " Posts; compare a Post's created_at (UTC) with the gaps below.");
        Set<String> ids = new LinkedHashSet<>(List.of("missing-posts"));
        findings.forEach(f -> ids.addAll(f.checklists()));
        List<Checklist> checklists = ids.stream().map(knowledge::checklist).flatMap(Optional::stream).toList();
        return new Diagnosis(null, findings, null, List.of(), checklists, notes, null);
    }
}
