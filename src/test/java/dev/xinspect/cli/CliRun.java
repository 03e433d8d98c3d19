package dev.xinspect.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.app.CliMain;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import picocli.CommandLine;

/** Runs the CLI as a user would, over the tests' own config folder, and keeps what it wrote. */
final class CliRun {
    static final CoreWiring CORE = new CoreWiring(Clock.fixed(Instant.ofEpochSecond(1795514400L), ZoneOffset.UTC), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final int exitCode;

    CliRun(String... args) {
        exitCode = execute(out, err, args);
    }

    /** Runs the CLI writing into the caller's writers, for tests that keep what several runs wrote; the exit code. */
    static int execute(StringWriter out, StringWriter err, String... args) {
        CommandLine commandLine = CliMain.commandLine(CORE);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** An exchange as the exchange JSON {@code explain} reads ({@code {"request":{…},"response":{…}}}). */
    static String exchangeJson(Exchange exchange) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode request = root.putObject("request").put("method", exchange.request().method()).put("url", exchange.request().url());
        headers(request.putArray("headers"), exchange.request().headers());
        request.put("body", exchange.request().body().text());
        ObjectNode response = root.putObject("response").put("status", exchange.response().status())
                .put("statusText", exchange.response().reason()).put("httpVersion", exchange.response().httpVersion());
        headers(response.putArray("headers"), exchange.response().headers());
        response.put("body", exchange.response().body().text());
        return root.toString();
    }

    private static void headers(ArrayNode array, Headers headers) {
        headers.list().forEach(h -> array.addObject().put("name", h.name()).put("value", h.value()));
    }
}
