package dev.xinspect.cli;

import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxCredentials;
import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.core.sandbox.Scenario;
import dev.xinspect.core.sandbox.Scenarios;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xinspect sandbox}: runs the embedded X API stand-in on 127.0.0.1 until Ctrl+C. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Run the X API sandbox on 127.0.0.1 for curl, xurl or any client. Stops with Ctrl+C.")
public final class SandboxCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "0", description = "port to listen on (default: a free one)")
    int port;

    @Option(names = "--scenario", defaultValue = Scenarios.NORMAL, description = "scenario to play (see --list)")
    String scenario;

    @Option(names = "--list", description = "list the scenarios and exit")
    boolean list;

    @Option(names = "--auto-approve", description = "approve OAuth consent pages at once (headless use)")
    boolean autoApprove;

    @Override
    public Integer call() throws InterruptedException {
        CommandConsole console = new CommandConsole(spec, "sandbox");
        PrintWriter out = console.out();
        if (list) {
            Scenarios.loadBundled().all().forEach(s -> out.println(s.name() + "  " + s.title()));
            out.flush();
            return 0;
        }
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(SandboxOptions.defaults().withPort(port).withScenario(scenario).withAutoApprove(autoApprove));
        } catch (IOException e) {
            return console.fail(1, "cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return console.fail(2, e.getMessage());
        }
        describe(out, sandbox);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private static void describe(PrintWriter out, Sandbox sandbox) {
        SandboxCredentials c = sandbox.credentials();
        Scenario scenario = sandbox.scenarios().stream().filter(s -> s.name().equals(sandbox.selectedScenario())).findFirst().orElseThrow();
        out.println("X API sandbox on " + sandbox.baseUri() + "  (scenario: " + scenario.name() + ", Ctrl+C to stop)");
        out.println();
        out.println("  App-only Bearer token : " + c.bearerToken());
        out.println("  Consumer key / secret : " + c.consumerKey() + " / " + c.consumerSecret());
        out.println("  Access token / secret : " + c.accessToken() + " / " + c.accessTokenSecret());
        out.println("  OAuth 2.0 client id   : " + c.clientId() + "  secret " + c.clientSecret() + "  redirect " + c.redirectUri());
        out.println();
        out.println("  curl " + sandbox.baseUri() + "/2/users/2244994945 -H \"Authorization: Bearer " + c.bearerToken() + "\"");
        out.println("  Per request: -H \"" + Scenarios.HEADER + ": rate-limited\"");
        out.flush();
    }
}
