package dev.xinspect.cli;

import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.diagnosis.DiagnosisFormat;
import dev.xinspect.core.diagnosis.DiagnosisWriter;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ExchangeReader;
import dev.xinspect.core.report.Redactor;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xinspect explain}: diagnose a saved response, HAR file or exchange JSON. The exchange is diagnosed as it came
 * (an app-only token's shape is a clue) and the output is redacted, unless {@code --reveal} asks for the secrets.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain an X API response: status, problem types, partial errors, rate limits and what to check.",
                "Reads a response as `curl -i` prints it, a HAR 1.2 file, or an exchange JSON.",
                "Secrets are redacted unless --reveal is given."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the input was explained", "2:the input is not a response (one-line error on stderr)"})
public final class ExplainCommand implements Callable<Integer> {
    static final int NOT_A_RESPONSE = 2;
    static final String REVEALED = "Secrets are shown (--reveal): do not paste this output where others can read it.";

    private final ExchangeReader reader;
    private final Diagnoser diagnoser;
    private final DiagnosisWriter writer;
    private final Redactor redactor;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--reveal", description = "show secrets instead of redacting them (the output says so first)")
    boolean reveal;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "the file to read; - or nothing for standard input")
    String file;

    public ExplainCommand(ExchangeReader reader, Diagnoser diagnoser, DiagnosisWriter writer, Redactor redactor) {
        this.reader = reader;
        this.diagnoser = diagnoser;
        this.writer = writer;
        this.redactor = redactor;
    }

    @Override
    public Integer call() {
        CommandConsole console = new CommandConsole(spec, "explain");
        DiagnosisFormat outputFormat;
        try {
            outputFormat = DiagnosisFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return console.fail(NOT_A_RESPONSE, "--format must be text, json or markdown, not " + format);
        }
        List<Exchange> exchanges;
        try {
            exchanges = InputSource.exchanges(reader, file, System.in);
        } catch (InputSource.UnusableInput e) {
            return console.fail(NOT_A_RESPONSE, e.getMessage());
        }
        List<Diagnosis> diagnoses = exchanges.stream().map(diagnoser::diagnose).toList();
        List<String> labels = exchanges.stream().map(e -> label(reveal ? e : redactor.redact(e))).toList();
        String text = writer.writeAll(diagnoses, labels, outputFormat);
        PrintWriter out = console.out();
        if (reveal) {
            // JSON stays parseable: its warning goes to stderr, first.
            (outputFormat == DiagnosisFormat.JSON ? console.err() : out).println(REVEALED);
        }
        out.print(reveal ? text : redactor.redactText(text));
        out.flush();
        return 0;
    }

    static String label(Exchange exchange) {
        String request = exchange.sentRequest().map(r -> r.method() + " " + r.url()).orElse("response");
        return request + exchange.receivedResponse().map(r -> " → " + r.status()).orElse("");
    }
}
