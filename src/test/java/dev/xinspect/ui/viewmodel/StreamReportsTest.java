package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.sandbox.MutableClock;
import dev.xinspect.core.stream.MissedPostsExplainer;
import dev.xinspect.core.stream.ReconnectPolicy;
import dev.xinspect.core.stream.SessionState;
import dev.xinspect.core.stream.StreamEvent;
import dev.xinspect.core.stream.StreamSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The routing of a session's reports, without a connection: the FX thread is a list this test runs by hand. */
class StreamReportsTest {
    private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");
    private static final String DISCONNECT = "{\"errors\":[{\"title\":\"operational-disconnect\",\"disconnect_type\":"
            + "\"OperationalDisconnect\",\"type\":\"https://api.twitter.com/2/problems/operational-disconnect\"}]}";

    private final MutableClock clock = new MutableClock(AT);
    private final List<Runnable> fx = new ArrayList<>();
    private final List<Exchange> diagnosed = new ArrayList<>();
    private final List<String> recorded = new ArrayList<>();
    private final List<String> states = new ArrayList<>();
    private final List<String> batches = new ArrayList<>();
    private final StreamTimelineViewModel timeline = new StreamTimelineViewModel(
            new MissedPostsExplainer(KnowledgeBase.loadBundled()), (diagnosis, title, meaning) -> { }, clock);
    private final StreamReports reports = new StreamReports(2, timeline, diagnosed::add, recorded::add, clock, fx::add,
            (state, current) -> states.add(state.getClass().getSimpleName() + (current ? "" : " (old)")),
            (posts, stateChanged) -> batches.add(posts + (stateChanged ? " +state" : "")));

    private void runFx() {
        List<Runnable> tasks = new ArrayList<>(fx);
        fx.clear();
        tasks.forEach(Runnable::run);
    }

    private static StreamEvent post(String id) {
        return new StreamEvent(StreamEvent.Kind.POST, AT, "{\"data\":{\"id\":\"" + id + "\"}}", "");
    }

    @Test
    void postsAreRecordedAtOnceAndOnlyTheNewestWaitForTheWindow() {
        StreamSession.Listener session = reports.newSession();
        session.event(post("1"));
        session.event(post("2"));
        session.event(post("3"));

        assertEquals(3, recorded.size(), "the recording misses nothing, however slow the window");
        assertEquals(2, reports.postsWaiting());
        runFx();
        assertEquals(List.of("[{\"data\":{\"id\":\"2\"}}, {\"data\":{\"id\":\"3\"}}]"), batches);
    }

    @Test
    void aStoppedSessionsLateStateReachesTheTimelineButNotTheConsole() {
        StreamSession.Listener old = reports.newSession();
        StreamSession.Listener now = reports.newSession();
        old.state(new SessionState.Stopped(AT, "Stopped by you.", false));
        now.state(new SessionState.Connected(AT, 1));
        runFx();

        assertEquals(List.of("Stopped (old)", "Connected"), states);
        assertEquals(List.of("[] +state"), batches);
        assertEquals(2, timeline.entries().size(), timeline.entries().toString());
    }

    @Test
    void disconnectMessagesAndRefusalsGoToTheDiagnosisAndStallsToTheTimeline() {
        StreamSession.Listener session = reports.newSession();
        session.event(new StreamEvent(StreamEvent.Kind.DISCONNECT_MESSAGE, AT, DISCONNECT, ""));
        session.event(new StreamEvent(StreamEvent.Kind.STALLED, AT, "", "No data for 20 s."));
        Exchange refused = Exchange.ofResponse(ReceivedResponse.of(429, Headers.of(), "{}"));
        session.refused(refused, new ReconnectPolicy.Verdict.GiveUp("Too many connections."));
        runFx();

        assertEquals(2, diagnosed.size());
        assertEquals(DISCONNECT, diagnosed.get(0).receivedResponse().orElseThrow().body().text());
        assertEquals(refused, diagnosed.get(1));
        assertTrue(timeline.entries().stream().anyMatch(e -> e.contains("Too many connections.")), timeline.entries().toString());
        assertEquals(2, timeline.entries().size(), timeline.entries().toString());
    }
}
