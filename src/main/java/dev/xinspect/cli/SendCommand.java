package dev.xinspect.cli;

import dev.xinspect.core.auth.profile.SandboxProfileBook;
import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.DiagnosisFormat;
import dev.xinspect.core.diagnosis.DiagnosisWriter;
import dev.xinspect.core.format.HttpText;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.Redirect;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.Variables;
import dev.xinspect.core.report.Redactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code xinspect send METHOD URL}: sends a request as the window does (environment variables, a profile's signing,
 * redirects, the embedded sandbox by default) and prints the response as {@code curl -i} does.
 */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Send a request as the window does and print the response as `curl -i` does.",
                "A URL that starts with / (or uses {{baseUrl}} without --env) goes to the embedded sandbox, signed by default",
                "as its App (app-only Bearer). {{name}} in the URL, headers and body take the values of --env."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:a 2xx response", "1:an error response (any other status)",
                "2:the request could not be sent (one-line reason on stderr)"})
public final class SendCommand implements Callable<Integer> {
    static final int ERROR_RESPONSE = 1;
    static final int NOT_SENT = 2;
    private static final String BASE_URL = "baseUrl";

    private final RequestDispatch dispatch;
    private final Diagnoser diagnoser;
    private final DiagnosisWriter writer;
    private final Redactor redactor;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "METHOD", description = "GET, POST, PUT, DELETE, …")
    String method;
    @Parameters(index = "1", paramLabel = "URL", description = "a full URL, or a path such as /2/users/me for the sandbox")
    String url;
    @Option(names = "--profile", paramLabel = "NAME", description = "a saved profile or a sandbox identity to sign with")
    String profile;
    @Option(names = "--no-auth", description = "send without an Authorization header")
    boolean noAuth;
    @Option(names = "--env", paramLabel = "NAME", description = "the workspace environment whose variables {{…}} resolve to")
    String environment;
    @Option(names = {"-H", "--header"}, paramLabel = "'Name: value'", description = "a request header; repeatable")
    List<String> headers = new ArrayList<>();
    @Option(names = {"-d", "--data"}, paramLabel = "BODY", description = "the body (JSON unless a Content-Type says otherwise); @file reads a file")
    String data;
    @Option(names = "--explain", description = "print the diagnosis under the response")
    boolean explain;

    public SendCommand(RequestDispatch dispatch, Diagnoser diagnoser, DiagnosisWriter writer, Redactor redactor) {
        this.dispatch = dispatch;
        this.diagnoser = diagnoser;
        this.writer = writer;
        this.redactor = redactor;
    }

    @Override
    public Integer call() {
        try (dispatch) {
            Exchange exchange = dispatch.send(request(), chosenProfile());
            if (exchange.receivedResponse().isEmpty()) {
                return notSent(exchange.transportFailure().map(f -> f.message()).orElse("no response"));
            }
            print(exchange);
            int status = exchange.receivedResponse().get().status();
            return status >= 200 && status < 300 ? 0 : ERROR_RESPONSE;
        } catch (RequestDispatch.CannotSend e) {
            return notSent(e.getMessage());
        }
    }

    private SentRequest request() throws RequestDispatch.CannotSend {
        Map<String, String> values = new HashMap<>();
        if (environment != null) {
            values.putAll(dispatch.environment(environment));
        }
        String target = url.trim();
        if (target.startsWith("/") || (!values.containsKey(BASE_URL) && refersToBaseUrl())) {
            values.put(BASE_URL, dispatch.sandbox().toString());
            target = target.startsWith("/") ? "{{" + BASE_URL + "}}" + target : target;
        }
        try {
            Variables variables = new Variables(values);
            List<Header> list = new ArrayList<>();
            for (String line : headers) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new RequestDispatch.CannotSend("-H expects 'Name: value', got " + line);
                }
                list.add(new Header(line.substring(0, colon).trim(), variables.resolve(line.substring(colon + 1).trim())));
            }
            String body = variables.resolve(bodyText());
            Headers all = new Headers(list);
            if (!body.isBlank() && !all.contains("content-type")) {
                all = all.with("Content-Type", "application/json"); // as the window's editor does
            }
            return new SentRequest(method.toUpperCase(Locale.ROOT), variables.resolve(target), all, Body.ofText(body));
        } catch (Variables.UnknownVariableException e) {
            throw new RequestDispatch.CannotSend(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new RequestDispatch.CannotSend("the request is not valid: " + e.getMessage());
        }
    }

    private boolean refersToBaseUrl() {
        List<String> texts = new ArrayList<>(headers);
        texts.add(url);
        texts.add(data == null ? "" : data);
        return texts.stream().flatMap(t -> Variables.placeholders(t).stream()).anyMatch(p -> p.name().equals(BASE_URL));
    }

    private String bodyText() throws RequestDispatch.CannotSend {
        if (data == null) {
            return "";
        }
        if (!data.startsWith("@")) {
            return data;
        }
        try {
            return Files.readString(Path.of(data.substring(1)), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new RequestDispatch.CannotSend("cannot read the body file " + data.substring(1));
        }
    }

    /** --profile, else the environment's profile, else the sandbox App for the sandbox, else none. */
    private Optional<String> chosenProfile() throws RequestDispatch.CannotSend {
        if (noAuth) {
            return Optional.empty();
        }
        if (profile != null) {
            return Optional.of(profile);
        }
        Optional<String> fromEnvironment = environment == null ? Optional.empty() : dispatch.profileOf(environment);
        if (fromEnvironment.isPresent()) {
            return fromEnvironment;
        }
        boolean onSandbox = url.trim().startsWith("/") || (environment == null && refersToBaseUrl());
        return onSandbox ? Optional.of(SandboxProfileBook.APP_ONLY) : Optional.empty();
    }

    private void print(Exchange exchange) {
        PrintWriter out = TerminalText.out(spec);
        for (Redirect hop : exchange.redirects()) {
            out.print("HTTP/1.1 " + hop.status() + "\nlocation: " + hop.location() + "\n\n");
        }
        ReceivedResponse response = exchange.receivedResponse().orElseThrow();
        out.print(HttpText.response(response));
        if (explain) {
            out.println();
            out.print(redactor.redactText(writer.writeAll(List.of(diagnoser.diagnose(exchange)),
                    List.of(ExplainCommand.label(exchange)), DiagnosisFormat.TEXT)));
        }
        out.flush();
    }

    private int notSent(String reason) {
        return new CommandConsole(spec, "send").fail(NOT_SENT, redactor.redactText(reason.replace('\n', ' ')));
    }
}
