package dev.xinspect.core.sandbox;

import java.time.Clock;
import java.time.Duration;

/**
 * How to start a sandbox. {@code port} 0 picks a free port; {@code keepAlive} is the stream keep-alive interval (X
 * sends one every 20 s; tests shorten it); {@code postInterval} paces stream Posts ({@link Duration#ZERO} = as fast as
 * the client reads); {@code streamBuffer} is how many lines the server holds for a slow client before it cuts it off;
 * {@code redirectUri} is the callback registered for the demo App's OAuth 2.0 client (X matches it exactly).
 */
public record SandboxOptions(int port, String scenario, Clock clock, Duration keepAlive, Duration postInterval,
                             int streamBuffer, boolean autoApprove, String redirectUri) {

    public static SandboxOptions defaults() {
        return new SandboxOptions(0, "normal", Clock.systemUTC(), Duration.ofSeconds(20), Duration.ofMillis(500), 1_000, false,
                SandboxCredentials.DEMO.redirectUri());
    }

    /** Registers another callback URL for the demo client, e.g. a free loopback port in tests. */
    public SandboxOptions withRedirectUri(String uri) {
        return new SandboxOptions(port, scenario, clock, keepAlive, postInterval, streamBuffer, autoApprove, uri);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, scenario, clock, keepAlive, postInterval, streamBuffer, autoApprove, redirectUri);
    }

    public SandboxOptions withScenario(String name) {
        return new SandboxOptions(port, name, clock, keepAlive, postInterval, streamBuffer, autoApprove, redirectUri);
    }

    public SandboxOptions withClock(Clock newClock) {
        return new SandboxOptions(port, scenario, newClock, keepAlive, postInterval, streamBuffer, autoApprove, redirectUri);
    }

    public SandboxOptions withStreamPace(Duration newKeepAlive, Duration newPostInterval) {
        return new SandboxOptions(port, scenario, clock, newKeepAlive, newPostInterval, streamBuffer, autoApprove, redirectUri);
    }

    public SandboxOptions withStreamBuffer(int lines) {
        return new SandboxOptions(port, scenario, clock, keepAlive, postInterval, lines, autoApprove, redirectUri);
    }

    /** The consent page approves at once (tests and headless use). */
    public SandboxOptions withAutoApprove(boolean approve) {
        return new SandboxOptions(port, scenario, clock, keepAlive, postInterval, streamBuffer, approve, redirectUri);
    }
}
