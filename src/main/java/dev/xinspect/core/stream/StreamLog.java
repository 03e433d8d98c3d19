package dev.xinspect.core.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.diagnosis.StreamMessage;
import dev.xinspect.core.format.TerminalText;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A stream session told as two plain logs, for {@code xinspect stream}: each Post's line as it came (NDJSON) to
 * {@code posts}, and one line per event to {@code events} (connected, keep-alive, a disconnect with its type and
 * reason, a reconnect with its wait and the rule that chose it, a stall, a refusal, the end). Server text in events is
 * made printable. Remembers the last answer worth diagnosing (a refusal, a disconnect or error line) and counts the
 * reconnects scheduled. Thread-safe: the session calls it from several threads.
 */
public final class StreamLog implements StreamSession.Listener {
    private static final ObjectMapper MAPPER = JsonLimits.mapper();

    private final Consumer<String> posts;
    private final Consumer<String> events;
    private Exchange lastProblem;
    private int reconnects;
    private SessionState.Stopped stopped;

    public StreamLog(Consumer<String> posts, Consumer<String> events) {
        this.posts = posts;
        this.events = events;
    }

    @Override
    public synchronized void event(StreamEvent event) {
        switch (event.kind()) {
            case POST -> posts.accept(event.json());
            case CONNECTED -> say("connected");
            case KEEP_ALIVE -> say("keep-alive");
            case DISCONNECT_MESSAGE -> {
                say("disconnect: " + event.note() + detail(event.json()));
                lastProblem = asExchange(event.json());
            }
            case ERROR_MESSAGE -> {
                say("error line: " + event.note() + detail(event.json()));
                lastProblem = asExchange(event.json());
            }
            case UNKNOWN_MESSAGE -> say("unknown message (" + event.json().length() + " characters), kept out of the Posts");
            case OVERSIZED_LINE -> say("oversized line: " + event.note());
            case STALLED -> say("stalled: " + event.note());
            case CLOSED -> say("closed: " + event.note());
        }
    }

    @Override
    public synchronized void state(SessionState state) {
        switch (state) {
            case SessionState.Waiting waiting -> {
                reconnects++;
                say("reconnect scheduled in " + waiting.delay().toMillis() + " ms (attempt " + waiting.attempt() + ", after: "
                        + waiting.reason() + "; rule: " + waiting.rule() + ")");
            }
            case SessionState.Stopped stop -> {
                stopped = stop;
                say("stopped: " + stop.reason());
            }
            default -> { }
        }
    }

    @Override
    public synchronized void ended(ConnectionSpan span) {
        say("connection ended after " + Elapsed.of(span.duration()) + " with " + span.posts() + " Posts: " + span.endReason());
    }

    @Override
    public synchronized void refused(Exchange exchange, ReconnectPolicy.Verdict verdict) {
        lastProblem = exchange;
        say("refused: " + verdict.reason());
    }

    /** Reconnects scheduled so far. */
    public synchronized int reconnects() {
        return reconnects;
    }

    /** The last refusal, disconnect line or error line, as an exchange the diagnosis reads. */
    public synchronized Optional<Exchange> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }

    /** Set when the session stopped on its own (a refusal no retry fixes) or was stopped. */
    public synchronized Optional<SessionState.Stopped> stopped() {
        return Optional.ofNullable(stopped);
    }

    private void say(String line) {
        events.accept(TerminalText.printable(line, true));
    }

    private static String detail(String json) {
        try {
            return StreamMessage.of(MAPPER.readTree(json)).map(m -> m.error().path("detail").asText(""))
                    .filter(d -> !d.isEmpty()).map(d -> ": " + d).orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static Exchange asExchange(String json) {
        return Exchange.ofResponse(ReceivedResponse.of(200, Headers.of("content-type", "application/json"), json));
    }
}
