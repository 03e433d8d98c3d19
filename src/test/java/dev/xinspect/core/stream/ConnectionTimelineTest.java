package dev.xinspect.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline keeps connected intervals and the gaps between them, which explain a missed Post. */
class ConnectionTimelineTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private final ConnectionTimeline timeline = new ConnectionTimeline();

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    /** Connected 0–60 s, an operational disconnect, two refused reconnects, connected again at 75 s, a rule at 80 s. */
    private void aDayWithOneGap() {
        timeline.connecting(at(0));
        timeline.connected(at(0), 0);
        timeline.ended(new ConnectionSpan(at(0), at(60), 42, "operational-disconnect (OperationalDisconnect)"));
        timeline.waiting(new SessionState.Waiting(at(60), at(60), "operational-disconnect (OperationalDisconnect)", 1));
        timeline.refused(at(60), "HTTP 503");
        timeline.waiting(new SessionState.Waiting(at(60), at(65), "HTTP 503", 2));
        timeline.refused(at(65), "HTTP 503");
        timeline.connected(at(75), 3);
        timeline.ruleChanged(at(80), "rule added: cat has:images [cats]");
    }

    @Test
    void entriesTellConnectsDisconnectsReconnectsAndRulesInUtc() {
        aDayWithOneGap();

        assertEquals(List.of("connected",
                "disconnected: operational-disconnect (OperationalDisconnect) (connected 10:00:00–10:01:00 UTC, 1 min 00 s, 42 Posts)",
                "reconnecting at once (operational-disconnect (OperationalDisconnect))",
                "refused: HTTP 503",
                "reconnect attempt 2 in 5.0 s (HTTP 503)",
                "refused: HTTP 503",
                "reconnected after 15 s without a connection (attempt 3)",
                "rule added: cat has:images [cats]"), timeline.entries().stream().map(ConnectionTimeline.Entry::text).toList());
    }

    @Test
    void gapsRunFromEachDisconnectToTheNextConnectAndTheLastStaysOpen() {
        aDayWithOneGap();
        timeline.ended(new ConnectionSpan(at(75), at(90), 3, "You closed the stream."));
        timeline.stopped(at(90), "You stopped the stream.");

        List<ConnectionTimeline.Gap> gaps = timeline.gaps();
        assertEquals(new ConnectionTimeline.Gap(at(60), at(75), "operational-disconnect (OperationalDisconnect)", 2), gaps.get(0));
        assertEquals(at(90), gaps.get(1).from());
        assertNull(gaps.get(1).to());
        assertEquals(Duration.ofSeconds(30), gaps.get(1).duration(at(120)));
    }

    @Test
    void refusedFirstConnectsAreAGapFromWhenConnectingBegan() {
        timeline.connecting(at(0));
        timeline.refused(at(1), "HTTP 503");
        timeline.connected(at(6), 2);

        assertEquals(List.of(new ConnectionTimeline.Gap(at(0), at(6), "HTTP 503", 1)), timeline.gaps());
    }

    @Test
    void whyDidIMissAPostListsTheGapsAndRuleChangesWithTheMissingPostsChecklist() {
        aDayWithOneGap();

        Diagnosis diagnosis = new MissedPostsExplainer(KnowledgeBase.loadBundled()).explain(timeline, at(100));

        List<Finding> findings = diagnosis.findings();
        assertEquals(List.of("stream:gap", "stream:rule-change"), findings.stream().map(Finding::type).toList());
        assertEquals("Not connected 2026-11-24 10:01:00 UTC – 2026-11-24 10:01:15 UTC (15 s)", findings.get(0).title());
        assertEquals("2", findings.get(0).fields().get("failed reconnects"));
        assertEquals(List.of("missing-posts", "stream-connection", "stream-rules"), diagnosis.checklistIds());
    }

    @Test
    void withoutGapsTheChecklistStillOpensAndSaysSo() {
        timeline.connecting(at(0));
        timeline.connected(at(0), 0);

        Diagnosis diagnosis = new MissedPostsExplainer(KnowledgeBase.loadBundled()).explain(timeline, at(100));

        assertEquals(List.of(), diagnosis.findings());
        assertEquals(List.of("missing-posts"), diagnosis.checklistIds());
        assertEquals("No gaps: the stream stayed connected since it first connected. Check the rules and the author's privacy.",
                diagnosis.notes().get(0));
    }
}
