package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.stream.ConnectionSpan;
import dev.xinspect.core.stream.ConnectionTimeline;
import dev.xinspect.core.stream.Elapsed;
import dev.xinspect.core.stream.MissedPostsExplainer;
import dev.xinspect.core.stream.SessionState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The console's connection timeline in UTC (connected intervals, disconnects and their reasons, stalls, reconnect
 * attempts, rule changes) and its "Why did I miss a Post?" action: the gaps, and the {@code missing-posts} checklist in
 * the diagnosis panel. Fed and read on the FX thread.
 */
public final class StreamTimelineViewModel {
    static final String TITLE = "Why did I miss a Post?";
    static final String MEANING = "A Post created while the stream was not connected is not delivered later. These are the "
            + "times this console was not connected, and the rule changes; compare them with the Post's created_at (UTC).";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** Where the answer goes: {@code DiagnosisViewModel::showDiagnosis}. */
    @FunctionalInterface
    public interface DiagnosisPanel {
        void show(Diagnosis diagnosis, String title, String meaning);
    }

    private final MissedPostsExplainer explainer;
    private final DiagnosisPanel panel;
    private final Clock clock;
    private final ObservableList<String> entries = FXCollections.observableArrayList();
    private final ObservableList<String> gaps = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ObservableList<String> readOnlyGaps = FXCollections.unmodifiableObservableList(gaps);
    private final ConnectionTimeline timeline = new ConnectionTimeline(this::append);

    public StreamTimelineViewModel(MissedPostsExplainer explainer, DiagnosisPanel panel, Clock clock) {
        this.explainer = explainer;
        this.panel = panel;
        this.clock = clock;
    }

    private void append(ConnectionTimeline.Entry entry) {
        entries.add(UTC.format(entry.at()) + "  " + entry.text());
        if (entries.size() > 5_000) {
            entries.remove(0);
        }
    }

    /** A change of the session's state, as the console hands it over. */
    void state(SessionState state) {
        switch (state) {
            case SessionState.Connecting connecting -> timeline.connecting(connecting.at());
            case SessionState.Connected connected -> timeline.connected(connected.since(), connected.attempt());
            case SessionState.Waiting waiting -> timeline.waiting(waiting);
            case SessionState.Stopped stopped -> timeline.stopped(stopped.at(), stopped.reason());
            case SessionState.Idle idle -> { }
        }
    }

    void ended(ConnectionSpan span) {
        timeline.ended(span);
    }

    void stalled(Instant at, String note) {
        timeline.stalled(at, note);
    }

    void refused(Instant at, String reason) {
        timeline.refused(at, reason);
    }

    /** A rule added or deleted in the rules editor. */
    public void ruleChanged(String change) {
        timeline.ruleChanged(clock.instant(), change);
    }

    /** Lists the gaps and opens the {@code missing-posts} checklist in the diagnosis panel. */
    public void whyDidIMissAPost() {
        List<ConnectionTimeline.Gap> all = timeline.gaps();
        gaps.setAll(all.isEmpty() ? List.of("No gaps: connected without a break since the first connect.")
                : all.stream().map(gap -> DAY_TIME.format(gap.from()) + " – " + (gap.to() == null ? "now" : DAY_TIME.format(gap.to()))
                        + "  (" + Elapsed.of(gap.duration(clock.instant())) + ")  " + gap.reason()).toList());
        panel.show(explainer.explain(timeline, clock.instant()), TITLE, MEANING);
    }

    public ObservableList<String> entries() {
        return readOnlyEntries;
    }

    /** The disconnected intervals, filled by {@link #whyDidIMissAPost()}. */
    public ObservableList<String> gaps() {
        return readOnlyGaps;
    }
}
