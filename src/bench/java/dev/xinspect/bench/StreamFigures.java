package dev.xinspect.bench;

import dev.xinspect.bench.Figure.Goal;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.core.stream.StreamClient;
import dev.xinspect.core.stream.StreamConnection;
import dev.xinspect.core.stream.StreamOpening;
import dev.xinspect.core.stream.StreamOptions;
import dev.xinspect.core.stream.StreamStats;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Streaming: the sandbox's sample stream on loopback with no pacing (a Post as fast as the client reads). Our
 * consumer ({@code core.stream}: reader thread, bounded buffer, JSON parse, count) against {@code curl -N -s -o
 * /dev/null} reading the same stream from the same sandbox; runs alternate.
 */
final class StreamFigures {
    private final Commands commands;
    private final Duration length;
    private final int runs;

    StreamFigures(Commands commands, boolean quick) {
        this.commands = commands;
        this.length = Duration.ofSeconds(quick ? 3 : 5);
        this.runs = quick ? 2 : 3;
    }

    List<Figure> all() throws IOException, InterruptedException {
        List<Double> ourBytes = new ArrayList<>();
        List<Double> ourPosts = new ArrayList<>();
        List<Double> curlBytes = new ArrayList<>();
        boolean curl = Commands.onPath("curl");
        long ourCutOffs = 0;
        long curlCutOffs = 0;
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withStreamPace(Duration.ofSeconds(20), Duration.ZERO))) {
            // every field and the author expansion: Posts of about 1 KB, as the figure asks
            String url = sandbox.baseUri() + "/2/tweets/sample/stream?tweet.fields=created_at,author_id,lang,conversation_id,"
                    + "public_metrics&expansions=author_id&user.fields=created_at,description,location,public_metrics,verified,protected";
            String bearer = "Bearer " + sandbox.credentials().bearerToken();
            StreamClient client = new StreamClient(HttpSender.defaultClient(Duration.ofSeconds(5)), Clock.systemUTC(), scheduler);
            consume(client, url, bearer, Duration.ofSeconds(2)); // warm-up: the JIT compiles the reading path
            for (int i = 0; i < runs; i++) {
                long before = sandbox.streamCutOffs();
                double[] ours = consume(client, url, bearer, length);
                ourCutOffs += sandbox.streamCutOffs() - before;
                ourBytes.add(ours[0]);
                ourPosts.add(ours[1]);
                if (curl) {
                    long beforeCurl = sandbox.streamCutOffs();
                    curlBytes.add(curl(url, bearer));
                    curlCutOffs += sandbox.streamCutOffs() - beforeCurl;
                }
            }
        } finally {
            scheduler.shutdownNow();
        }
        double bytes = Figure.median(ourBytes);
        double posts = Figure.median(ourPosts);
        List<Figure> figures = new ArrayList<>();
        if (curl) {
            double baseline = Figure.median(curlBytes);
            figures.add(Figure.of("Streaming: bytes/s read, parsed and counted (Post ≈ " + Math.round(bytes / posts)
                    + " B; cut off for a full buffer: ours " + ourCutOffs + ", curl " + curlCutOffs + " of " + runs + ")",
                    mb(bytes), mb(baseline) + " (curl -N)", Figure.times(bytes / baseline), Goal.AT_LEAST,
                    bytes / baseline, 0.5, "≥ 0.5×"));
        } else {
            figures.add(Figure.skipped("Streaming: bytes/s vs curl -N", "no curl (apt-get install -y curl)"));
        }
        figures.add(Figure.of("Streaming: Posts/s parsed and counted", Figure.number(posts) + " /s", "—", "—",
                Goal.AT_LEAST, posts, 50_000, "≥ 50,000/s"));
        return figures;
    }

    /** Bytes/s and Posts/s of our consumer over {@code duration}. */
    private static double[] consume(StreamClient client, String url, String bearer, Duration duration)
            throws IOException, InterruptedException {
        SentRequest request = SentRequest.of("GET", url, Headers.of("Authorization", bearer));
        StreamOpening opening = openWhenFree(client, request);
        if (!(opening instanceof StreamOpening.Opened opened)) {
            throw new IOException("the sandbox refused the stream: " + opening);
        }
        StreamConnection connection = opened.connection();
        long start = System.nanoTime();
        Thread.sleep(duration);
        StreamStats stats = connection.stats();
        double seconds = (System.nanoTime() - start) / 1e9;
        connection.close();
        connection.awaitClosed(Duration.ofSeconds(10));
        return new double[] {stats.bytes() / seconds, stats.posts() / seconds};
    }

    /** The sandbox allows one connection per stream (429 TooManyConnections): wait for the last one to be let go. */
    private static StreamOpening openWhenFree(StreamClient client, SentRequest request) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            StreamOpening opening = client.open(request, StreamOptions.defaults(), event -> { });
            if (opening instanceof StreamOpening.Opened || System.nanoTime() > deadline) {
                return opening;
            }
            Thread.sleep(100);
        }
    }

    private double curl(String url, String bearer) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            // curl exits 28 at --max-time, which is how this run ends: -w still prints what it read.
            String out = commands.run(List.of("sh", "-c", "curl -N -s -o /dev/null --max-time " + length.toSeconds()
                    + " -H '" + "Authorization: " + bearer + "' -w '%{http_code} %{size_download} %{time_total}' '" + url
                    + "'; true"), 60).strip();
            String[] parts = out.split(" ");
            if (parts[0].equals("200")) {
                return Double.parseDouble(parts[1]) / Double.parseDouble(parts[2]);
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("curl could not read the stream: " + out);
            }
            Thread.sleep(100);
        }
    }

    private static String mb(double bytesPerSecond) {
        return Figure.number(bytesPerSecond / 1e6) + " MB/s";
    }
}
