package dev.xinspect.cli;

import dev.xinspect.core.AppVersion;
import dev.xinspect.core.auth.NonceSource;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.auth.RequestAuthorizer;
import dev.xinspect.core.auth.profile.CommandLineCredentials;
import dev.xinspect.core.auth.profile.CredentialsUnavailableException;
import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.DiagnosisFormat;
import dev.xinspect.core.diagnosis.DiagnosisWriter;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.stream.ConnectionSpan;
import dev.xinspect.core.stream.ReconnectPolicy;
import dev.xinspect.core.stream.Scheduler;
import dev.xinspect.core.stream.SessionState;
import dev.xinspect.core.stream.StreamClient;
import dev.xinspect.core.stream.StreamEvent;
import dev.xinspect.core.stream.StreamLog;
import dev.xinspect.core.stream.StreamOptions;
import dev.xinspect.core.stream.StreamSession;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xinspect stream}: connects to a stream as the console does, Posts to stdout as NDJSON, events to stderr. */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = {"Connect to an X stream (or the sandbox's) and keep it connected on X's reconnect schedule.",
                "Each Post is one NDJSON line on stdout; each event (connected, keep-alive, disconnect, reconnect, stall) one line on stderr.",
                "Credentials come from --profile or the XINSPECT_BEARER_TOKEN (or XINSPECT_CONSUMER_*/XINSPECT_ACCESS_*) environment variables."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the duration ended (or the stream was stopped)",
                "1:X refused the connection (409, 403, …) or it kept failing beyond --max-reconnects; the diagnosis is on stderr",
                "2:no usable credentials or options"})
public final class StreamCommand implements Callable<Integer> {
    static final int REFUSED = 1;
    static final int UNUSABLE = 2;
    private static final Duration HEALTHY_AFTER = Duration.ofSeconds(30);

    private final CommandLineCredentials credentials;
    private final Diagnoser diagnoser;
    private final DiagnosisWriter writer;
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", description = "the stream, e.g. https://api.x.com/2/tweets/search/stream?tweet.fields=created_at")
    String url;

    @Option(names = "--profile", paramLabel = "NAME", description = "a saved profile (default: the XINSPECT_* environment variables)")
    String profile;

    @Option(names = "--duration", paramLabel = "S", description = "seconds to stay connected (default: until stopped)")
    Double duration;

    @Option(names = "--max-reconnects", paramLabel = "N", defaultValue = "10",
            description = "reconnects allowed before giving up with exit code 1 (default: ${DEFAULT-VALUE})")
    int maxReconnects;

    public StreamCommand(CommandLineCredentials credentials, Diagnoser diagnoser, DiagnosisWriter writer, Clock clock) {
        this.credentials = credentials;
        this.diagnoser = diagnoser;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public Integer call() throws InterruptedException {
        CommandConsole console = new CommandConsole(spec, "stream");
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        RequestAuth auth;
        try {
            auth = credentials.auth(profile);
        } catch (CredentialsUnavailableException e) {
            return console.fail(UNUSABLE, e.getMessage());
        }
        StreamLog log = new StreamLog(line -> print(out, line), line -> print(err, line));
        CountDownLatch done = new CountDownLatch(1);
        AtomicBoolean overBudget = new AtomicBoolean();
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, daemon("stream-timer"));
        ExecutorService connector = Executors.newSingleThreadExecutor(daemon("stream-connector"));
        StreamSession[] session = new StreamSession[1];
        StreamSession.Listener watcher = new Watcher(log, done, () -> {
            if (log.reconnects() > maxReconnects && overBudget.compareAndSet(false, true)) {
                print(err, "giving up: more than " + maxReconnects + " reconnects (--max-reconnects)");
                session[0].stop();
            }
        });
        RequestAuthorizer authorizer = new RequestAuthorizer(new Oauth1Signer(clock, NonceSource.from(new SecureRandom())));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        session[0] = new StreamSession(new StreamClient(http, clock, timers)::open,
                () -> authorizer.authorize(new SentRequest("GET", url, Headers.of("user-agent", "xinspect/" + AppVersion.current()),
                        Body.EMPTY), auth),
                StreamOptions.defaults(), new ReconnectPolicy(), HEALTHY_AFTER, clock, Scheduler.of(timers), connector, watcher);
        try {
            session[0].start();
            boolean ended = duration == null ? awaitForever(done) : done.await(Math.round(duration * 1000), TimeUnit.MILLISECONDS);
            if (!ended) {
                session[0].stop();
                done.await(5, TimeUnit.SECONDS);
            }
            boolean refused = overBudget.get() || log.stopped().map(SessionState.Stopped::gaveUp).orElse(false);
            log.lastProblem().ifPresent(problem -> {
                err.println("diagnosis of the last answer:");
                err.print(writer.write(diagnoser.diagnose(problem), DiagnosisFormat.TEXT));
                err.flush();
            });
            return refused ? REFUSED : 0;
        } finally {
            timers.shutdownNow();
            connector.shutdownNow();
        }
    }

    private static boolean awaitForever(CountDownLatch done) throws InterruptedException {
        done.await();
        return true;
    }

    private static void print(PrintWriter writer, String line) {
        synchronized (writer) {
            writer.println(line);
            writer.flush();
        }
    }

    private static ThreadFactory daemon(String name) {
        return task -> Thread.ofPlatform().daemon().name(name).unstarted(task);
    }

    /** Passes everything to the log, then checks the reconnect budget and notices the end of the session. */
    private record Watcher(StreamLog log, CountDownLatch done, Runnable checkBudget) implements StreamSession.Listener {
        @Override
        public void event(StreamEvent event) {
            log.event(event);
        }

        @Override
        public void state(SessionState state) {
            log.state(state);
            if (state instanceof SessionState.Stopped) {
                done.countDown();
            } else if (state instanceof SessionState.Waiting) {
                checkBudget.run();
            }
        }

        @Override
        public void ended(ConnectionSpan span) {
            log.ended(span);
        }

        @Override
        public void refused(Exchange exchange, ReconnectPolicy.Verdict verdict) {
            log.refused(exchange, verdict);
        }
    }
}
