package dev.xinspect.core.sandbox;

import java.io.IOException;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh sandbox on 127.0.0.1 (port 0) for each test, with a clock the test moves by hand and a client that signs as
 * real clients do; closed after the test. Register it with {@code @RegisterExtension} so that the sandbox's HTTP tests
 * share one setup instead of each starting and closing its own. The client is for tests in this package.
 */
public final class RunningSandbox implements BeforeEachCallback, AfterEachCallback {
    /** The sandbox's "now" in these tests: fixed, so rate-limit resets and timestamps are the same on every run. */
    public static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final UnaryOperator<SandboxOptions> options;
    private final boolean startEachTest;
    private Sandbox sandbox;
    private SandboxClient client;

    private RunningSandbox(UnaryOperator<SandboxOptions> options, boolean startEachTest) {
        this.options = options;
        this.startEachTest = startEachTest;
    }

    /** Started before each test with the default options. */
    public static RunningSandbox withDefaults() {
        return new RunningSandbox(UnaryOperator.identity(), true);
    }

    /** Started before each test with the defaults as {@code options} changes them (the clock is always this one's). */
    public static RunningSandbox with(UnaryOperator<SandboxOptions> options) {
        return new RunningSandbox(options, true);
    }

    /** Started by each test itself with {@link #start}, for tests that each need their own pace or scenario. */
    public static RunningSandbox startedByEachTest() {
        return new RunningSandbox(UnaryOperator.identity(), false);
    }

    /** Starts the sandbox with these options and this fixture's clock. */
    public Sandbox start(SandboxOptions chosen) throws IOException {
        sandbox = Sandbox.start(chosen.withClock(clock));
        client = new SandboxClient(sandbox, clock);
        return sandbox;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (startEachTest) {
            start(options.apply(SandboxOptions.defaults()));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    SandboxClient client() {
        return client;
    }

    public MutableClock clock() {
        return clock;
    }
}
