package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.stream.ConnectionSpan;
import dev.xinspect.core.stream.ReconnectPolicy;
import dev.xinspect.core.stream.SessionState;
import dev.xinspect.core.stream.StreamEvent;
import dev.xinspect.core.stream.StreamSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Where each thing a stream session reports goes, on the FX thread: stalls, ends and refusals to the timeline,
 * refusals and X's disconnect and error messages to the diagnosis, states to the console, and Posts to the recording
 * (at once, on the stream thread, so a paused window loses none) and then to the console's list. Only the current
 * session's states count: a stopped session may still report its end. Kept apart from {@link StreamViewModel}, which
 * connects and counts, so the routing can be tested without a connection.
 */
final class StreamReports {
    private record Refusal(Exchange exchange, ReconnectPolicy.Verdict verdict, Instant at) {
    }

    /** Something a session reported, and which session. */
    private record Report(Listener from, Object item) {
    }

    private final StreamTimelineViewModel timeline;
    private final Consumer<Exchange> diagnose;
    private final Consumer<String> record;
    private final Clock clock;
    private final BiConsumer<SessionState, Boolean> state;
    private final BiConsumer<List<String>, Boolean> batch;
    private final StreamHandOver<Report> handOver;
    private Listener current;

    /**
     * @param state receives every state with whether it is the current session's
     * @param batch receives each hand-over's new Posts after its other reports, with whether a state came with them
     */
    StreamReports(int maxPosts, StreamTimelineViewModel timeline, Consumer<Exchange> diagnose, Consumer<String> record,
                  Clock clock, Executor fxThread, BiConsumer<SessionState, Boolean> state, BiConsumer<List<String>, Boolean> batch) {
        this.timeline = timeline;
        this.diagnose = diagnose;
        this.record = record;
        this.clock = clock;
        this.state = state;
        this.batch = batch;
        this.handOver = new StreamHandOver<>(maxPosts, fxThread, this::deliver);
    }

    /** A listener for a new session, which becomes the current one: the earlier sessions' states no longer count. */
    StreamSession.Listener newSession() {
        current = new Listener();
        return current;
    }

    /** See {@link StreamHandOver#perFrame}. */
    void perFrame(boolean on) {
        handOver.perFrame(on);
    }

    /** One frame of the window: the reports since the last one. On the FX thread. */
    void drain() {
        handOver.drain();
    }

    int postsWaiting() {
        return handOver.postsWaiting();
    }

    /** A session's listener: runs on stream threads, so it only records Posts and queues. */
    private final class Listener implements StreamSession.Listener {
        @Override
        public void event(StreamEvent event) {
            if (event.kind() == StreamEvent.Kind.POST) {
                record.accept(event.json());
                handOver.post(event.json());
            } else {
                queue(event);
            }
        }

        @Override
        public void state(SessionState next) {
            queue(next);
        }

        @Override
        public void ended(ConnectionSpan span) {
            queue(span);
        }

        @Override
        public void refused(Exchange exchange, ReconnectPolicy.Verdict verdict) {
            queue(new Refusal(exchange, verdict, clock.instant()));
        }

        private void queue(Object item) {
            handOver.report(new Report(this, item));
        }
    }

    private void deliver(List<String> newPosts, List<Report> reports) {
        boolean stateChanged = false;
        for (Report report : reports) {
            switch (report.item()) {
                case StreamEvent event -> arrived(event);
                case SessionState next -> {
                    timeline.state(next);
                    state.accept(next, report.from() == current);
                    stateChanged = true;
                }
                case ConnectionSpan span -> timeline.ended(span);
                case Refusal refusal -> {
                    timeline.refused(refusal.at(), refusal.verdict().reason());
                    diagnose.accept(refusal.exchange());
                }
                default -> { }
            }
        }
        batch.accept(newPosts, stateChanged);
    }

    private void arrived(StreamEvent event) {
        switch (event.kind()) {
            case STALLED, OVERSIZED_LINE -> timeline.stalled(event.at(), event.note());
            case DISCONNECT_MESSAGE, ERROR_MESSAGE -> diagnose.accept(Exchange.ofResponse(ReceivedResponse.of(200,
                    Headers.of("content-type", "application/json"), event.json())));
            default -> { }
        }
    }
}
