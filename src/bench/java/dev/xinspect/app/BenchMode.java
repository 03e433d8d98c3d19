package dev.xinspect.app;

import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.ui.viewmodel.HistoryViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;

/**
 * The window's measuring modes for the benchmarks (README "Benchmarks"), run by {@link BenchApp}, never shipped. Each
 * waits for the first frame, does one thing, prints one machine-readable line ({@code name value ...}) and exits.
 * ({@code --bench-startup} stays in the app, {@link StartupProbe}: the packaged launcher trains its cache with it.) They
 * open a file, fill the history or run the stream console at full speed, and
 * measure with the clock, {@code /proc/self/status} and an {@link AnimationTimer} that records the longest gap
 * between pulses (a stalled FX thread is a frozen window).
 */
record BenchMode(String flag, Optional<Path> file) {
    private static final List<String> WITH_FILE = List.of("--bench-open", "--bench-memory", "--bench-pulse", "--bench-heap",
            "--bench-search");
    private static final List<String> ALONE = List.of("--bench-pulse-stream");
    private static final Duration TIME_LIMIT = Duration.ofMinutes(6);

    static Optional<BenchMode> parse(List<String> args) {
        if (args.size() == 1 && ALONE.contains(args.get(0))) {
            return Optional.of(new BenchMode(args.get(0), Optional.empty()));
        }
        if (args.size() == 2 && WITH_FILE.contains(args.get(0))) {
            return Optional.of(new BenchMode(args.get(0), Optional.of(Path.of(args.get(1)))));
        }
        return Optional.empty();
    }

    /** The stream console's mode streams as fast as the client reads (the sandbox otherwise paces a Post per 500 ms). */
    SandboxOptions sandboxOptions() {
        return flag.equals("--bench-pulse-stream")
                ? SandboxOptions.defaults().withStreamPace(Duration.ofSeconds(20), Duration.ZERO)
                : SandboxOptions.defaults();
    }

    void start(Scene scene, UiWiring wiring, InspectorViewModel inspector) {
        Thread.ofPlatform().daemon().start(() -> {
            sleep(TIME_LIMIT);
            System.out.println("bench-timeout " + flag);
            System.exit(3);
        });
        StartupProbe.onFirstFrame(scene, millis -> {
            switch (flag) {
                case "--bench-open" -> open(scene, inspector);
                case "--bench-memory" -> memory(scene, wiring, inspector);
                case "--bench-pulse" -> afterSettling(() -> pulseWhileScrolling(scene, inspector));
                case "--bench-pulse-stream" -> afterSettling(() -> pulseWhileStreaming(scene));
                case "--bench-search" -> afterSettling(() -> search(scene, inspector));
                default -> afterSettling(() -> heap(inspector));
            }
        });
    }

    /** Open to first paint of the pretty-printed, highlighted body, the gate lifted at once as by "Show anyway". */
    private void open(Scene scene, InspectorViewModel inspector) {
        long start = System.nanoTime();
        openAndShow(scene, inspector).thenRun(() -> finish("open-ms " + (System.nanoTime() - start) / 1_000_000));
    }

    /**
     * RSS after start, then after 1,000 real exchanges with the embedded sandbox in the history (sent off the FX
     * thread, recorded in batches, as the workbench records them) and the large body shown.
     */
    private void memory(Scene scene, UiWiring wiring, InspectorViewModel inspector) {
        after(Duration.ofSeconds(2), () -> {
            String atStart = residentSplit("start");
            HistoryViewModel history = wiring.history(inspector);
            CompletableFuture<Void> filled = new CompletableFuture<>();
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    Sandbox sandbox = wiring.sandbox();
                    HttpSender sender = new HttpSender(HttpSender.defaultClient(Duration.ofSeconds(10)), Duration.ofSeconds(30),
                            Clock.systemUTC(), "xinspect-bench");
                    List<String> paths = List.of("/2/tweets/search/recent?query=xinspect&tweet.fields=created_at&expansions=author_id",
                            "/2/users/2244994945", "/2/tweets/20", "/2/tweets?ids=20,1234", "/2/users/by/username/XDevelopers",
                            "/2/users/me", "/2/users/1600000000000000002");
                    List<Exchange> batch = new ArrayList<>();
                    for (int i = 0; i < 1_000; i++) {
                        batch.add(sender.send(SentRequest.of("GET", sandbox.baseUri() + paths.get(i % paths.size()),
                                Headers.of("Authorization", "Bearer " + sandbox.credentials().bearerToken()))));
                        if (batch.size() == 50) {
                            List<Exchange> full = List.copyOf(batch);
                            batch.clear();
                            Platform.runLater(() -> full.forEach(history::record));
                        }
                    }
                    Platform.runLater(() -> filled.complete(null));
                } catch (IOException | RuntimeException e) {
                    filled.completeExceptionally(e);
                }
            });
            filled.thenCompose(done -> openAndShow(scene, inspector)).thenRun(() -> after(Duration.ofSeconds(5), () ->
                    finish("rss-mb " + atStart + " " + residentSplit("loaded") + " history "
                            + history.entries().size())));
        });
    }

    /** The longest pulse gap while a large body is opened, highlighted and then scrolled for five seconds. */
    private void pulseWhileScrolling(Scene scene, InspectorViewModel inspector) {
        PulseGaps gaps = new PulseGaps();
        gaps.start();
        openAndShow(scene, inspector).thenRun(() -> {
            long loading = gaps.takeLongest();
            long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            int[] pulse = {0};
            BiConsumer<Boolean, Integer> scroll = scroller(scene);
            onEveryPulse(() -> {
                pulse[0]++;
                scroll.accept(pulse[0] % 30 == 0, pulse[0]);
                if (System.nanoTime() < end) {
                    return false;
                }
                long scrolling = gaps.takeLongest();
                showRawTab(scene, () -> finish("pulse-max-gap-ms open " + loading + " scroll " + scrolling + " raw "
                        + gaps.takeLongest()));
                return true;
            });
        });
    }

    /** Selects the Raw tab and runs {@code then} once its rows are on screen and a frame later. */
    private static void showRawTab(Scene scene, Runnable then) {
        ((TabPane) scene.lookup("#responseTabs")).getSelectionModel().select(1);
        Node raw = scene.lookup("#rawLines");
        int[] after = {-1};
        onEveryPulse(() -> {
            if (after[0] < 0 && raw.isVisible() && !raw.lookupAll(".text").isEmpty()) {
                after[0] = 0;
            } else if (after[0] >= 0 && ++after[0] > 2) {
                then.run();
                return true;
            }
            return false;
        });
    }

    /**
     * Find in the body as a user types: the query a key every 100 ms into the find bar (results as you type), then
     * next ten times; the time from the last key to its count, and the longest pulse gap from the first key.
     */
    private void search(Scene scene, InspectorViewModel inspector) {
        // Typing starts once the whole body is formatted: before that, find searches the first screen's lines only.
        openAndShow(scene, inspector).thenRun(() -> waitFor(() -> !inspector.response().body().formattingProperty().get(),
                () -> afterSettling(() -> {
            dev.xinspect.ui.viewmodel.BodySearchViewModel search = inspector.response().search();
            search.openProperty().set(true);
            javafx.scene.control.TextField field = (javafx.scene.control.TextField) scene.lookup("#findField");
            String query = "developers";
            PulseGaps gaps = new PulseGaps();
            gaps.start();
            long[] lastKey = {0};
            int[] typed = {0};
            onEveryPulse(() -> {
                if (typed[0] < query.length()) {
                    if (System.nanoTime() - lastKey[0] >= 100_000_000L) {
                        field.setText(query.substring(0, ++typed[0]));
                        lastKey[0] = System.nanoTime();
                    }
                    return false;
                }
                if (search.searchingProperty().get()) {
                    return false;
                }
                long millis = (System.nanoTime() - lastKey[0]) / 1_000_000;
                for (int i = 0; i < 10; i++) {
                    search.next();
                }
                after(Duration.ofMillis(500), () -> finish("search-ms " + millis + " matches " + search.countProperty().get()
                        + " status " + search.statusProperty().get().replace(' ', '_') + " pulse-max-gap-ms "
                        + gaps.takeLongest()));
                return true;
            });
        })));
    }

    /** The longest pulse gap while the stream runs: from Connect, once the console's window has been painted. */
    private void pulseWhileStreaming(Scene scene) {
        ((Button) scene.lookup("#streamButton")).fire();
        Scene console = Window.getWindows().stream().map(Window::getScene).filter(s -> s != scene).findFirst().orElseThrow();
        int[] pulses = {0};
        waitFor(() -> ++pulses[0] > 3, () -> { // the window's first layout and paint are its opening, not the stream
            PulseGaps gaps = new PulseGaps();
            gaps.start();
            ((Button) console.lookup("#connectStream")).fire();
            long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            onEveryPulse(() -> {
                if (System.nanoTime() < end) {
                    return false;
                }
                String counters = ((Label) console.lookup("#streamCounters")).getText();
                finish("pulse-max-gap-ms stream " + gaps.takeLongest() + " counters " + counters);
                return true;
            });
        });
    }

    /** Heap retained (after a full GC) by a body too large to show, opened behind its gate, and the longest pulse gap. */
    private void heap(InspectorViewModel inspector) {
        long before = usedHeapAfterGc();
        PulseGaps gaps = new PulseGaps();
        gaps.start();
        long start = System.nanoTime();
        inspector.open(file.orElseThrow()).thenRun(() -> {
            long gateMillis = (System.nanoTime() - start) / 1_000_000;
            waitFor(() -> inspector.diagnosis().diagnosisProperty().get() != null, () -> after(Duration.ofSeconds(1), () -> {
                long retained = usedHeapAfterGc() - before;
                long size = size(file.orElseThrow());
                finish(String.format(java.util.Locale.ROOT, "heap-mb %d body-mb %d ratio %.2f gated %s gate-ms %d pulse-max-gap-ms %d",
                        retained >> 20, size >> 20, retained / (double) size, inspector.response().gatedProperty().get(),
                        gateMillis, gaps.takeLongest()));
            }));
        });
    }

    /** Opens the file, lifts the gate, and completes at the first pulse after the highlighted body was laid out. */
    private CompletableFuture<Void> openAndShow(Scene scene, InspectorViewModel inspector) {
        CompletableFuture<Void> painted = new CompletableFuture<>();
        inspector.open(file.orElseThrow()).thenRun(() -> waitFor(() -> inspector.response().gatedProperty().get()
                || !inspector.response().body().prettyProperty().get().isEmpty(), () -> {
            inspector.response().showAnyway();
            boolean[] laidOut = {false};
            onEveryPulse(() -> {
                if (laidOut[0]) {
                    painted.complete(null); // the previous pulse rendered the frame
                    return true;
                }
                laidOut[0] = highlightedOnScreen(scene, inspector.response().body().prettyProperty().get());
                return false;
            });
        }));
        return painted;
    }

    /** A large body shows in the line list ({@code #prettyLines}), a small one in the editor. */
    private static boolean highlightedOnScreen(Scene scene, dev.xinspect.core.format.BodyLines pretty) {
        Node lines = scene.lookup("#prettyLines");
        if (!pretty.isEmpty() && lines != null && lines.isVisible()) {
            return lines.lookupAll(".json-key").stream().anyMatch(Node::isVisible);
        }
        CodeArea area = (CodeArea) scene.lookup(".json-area");
        if (pretty.isEmpty() || area.getParagraphs().size() != pretty.count() || area.getVisibleParagraphs().isEmpty()) {
            return false;
        }
        int first = area.firstVisibleParToAllParIndex();
        for (int p = first; p < Math.min(first + 5, area.getParagraphs().size()); p++) {
            if (area.getStyleSpans(p).stream().anyMatch(span -> !span.getStyle().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Scrolls the body on screen: {@code jump} to a far line (a scrollbar drag), else a few lines (a fast wheel). The
     * view is looked up once: a lookup walks the whole scene, a quarter of each pulse's time with a body on screen.
     */
    private static BiConsumer<Boolean, Integer> scroller(Scene scene) {
        Node lines = scene.lookup("#prettyLines");
        if (lines != null && lines.isVisible()) { // the line list scrolls as its scroll bar is dragged
            ScrollBar bar = (ScrollBar) lines.lookup(".scroll-bar:vertical");
            return (jump, pulse) -> {
                long rows = (long) bar.getMax() + 1;
                bar.setValue(jump ? (pulse * 7_919L) % rows : Math.min(rows - 1, pulse * 3L));
            };
        }
        CodeArea area = (CodeArea) scene.lookup(".json-area");
        return (jump, pulse) -> {
            if (jump) {
                area.showParagraphAtTop((int) ((pulse * 7_919L) % area.getParagraphs().size()));
            } else {
                area.scrollYBy(40);
            }
        };
    }

    /** Runs {@code step} at every pulse until it returns true. */
    private static void onEveryPulse(BooleanSupplier step) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (step.getAsBoolean()) {
                    stop();
                }
            }
        }.start();
    }

    /**
     * Runs the pulse figures once the window has painted a few frames: the first ones after start-up are the
     * window's own first paint (the render thread draws the whole scene in software under Xvfb), not the work measured.
     */
    private static void afterSettling(Runnable then) {
        int[] pulses = {0};
        waitFor(() -> ++pulses[0] > 5, then);
    }

    private static void waitFor(BooleanSupplier condition, Runnable then) {
        onEveryPulse(() -> {
            if (condition.getAsBoolean()) {
                then.run();
                return true;
            }
            return false;
        });
    }

    private static void after(Duration delay, Runnable then) {
        long at = System.nanoTime() + delay.toNanos();
        waitFor(() -> System.nanoTime() >= at, then);
    }

    private static void finish(String line) {
        System.out.println(line);
        Platform.exit();
    }

    /**
     * "start 300 start-anon 210 start-file 88": VmRSS of /proc/self/status (Linux) in MB, then its anonymous part
     * (heap, metaspace, native) and its file-backed part (mapped jars, libraries and the class archive, which the
     * system can drop and read again).
     */
    static String residentSplit(String when) {
        return when + " " + resident("VmRSS") + " " + when + "-anon " + resident("RssAnon") + " " + when + "-file "
                + resident("RssFile");
    }

    /** A line of /proc/self/status (Linux), in MB; -1 elsewhere. */
    private static long resident(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field + ":"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The longest gap between two pulses since the last {@link #takeLongest()}, in milliseconds. */
    private static final class PulseGaps extends AnimationTimer {
        /** -Dbench.gaps=true: every gap over 50 ms on stderr, with the JVM's uptime, to match with -Xlog:gc,safepoint. */
        private static final boolean LOG = Boolean.getBoolean("bench.gaps");
        private long last;
        private long longest;

        @Override
        public void handle(long now) {
            if (last != 0) {
                longest = Math.max(longest, now - last);
                if (LOG && now - last > 50_000_000L) {
                    long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
                    System.err.printf("pulse gap %d ms, ended at uptime %.3f s%n", (now - last) / 1_000_000, uptime / 1000.0);
                }
            }
            last = now;
        }

        long takeLongest() {
            long millis = longest / 1_000_000;
            longest = 0;
            return millis;
        }
    }
}
