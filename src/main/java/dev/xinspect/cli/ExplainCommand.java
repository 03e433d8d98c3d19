package dev.xinspect.cli;

import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.diagnosis.DiagnosisFormat;
import dev.xinspect.core.diagnosis.DiagnosisWriter;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ExchangeReader;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xinspect explain}: diagnose a saved response, HAR file or exchange JSON. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain an X API response: status, problem types, partial errors, rate limits and what to check.",
                "Reads a response as `curl -i` prints it, a HAR 1.2 file, or an exchange JSON."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the input was explained", "2:the input is not a response (one-line error on stderr)"})
public final class ExplainCommand implements Callable<Integer> {
    static final int NOT_A_RESPONSE = 2;

    private final ExchangeReader reader;
    private final Diagnoser diagnoser;
    private final DiagnosisWriter writer;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE})")
    String format;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "the file to read; - or nothing for standard input")
    String file;

    public ExplainCommand(ExchangeReader reader, Diagnoser diagnoser, DiagnosisWriter writer) {
        this.reader = reader;
        this.diagnoser = diagnoser;
        this.writer = writer;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        DiagnosisFormat outputFormat;
        try {
            outputFormat = DiagnosisFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("xinspect explain: --format must be text, json or markdown, not " + format);
            return NOT_A_RESPONSE;
        }
        List<Exchange> exchanges;
        try {
            exchanges = InputSource.exchanges(reader, file, System.in);
        } catch (InputSource.UnusableInput e) {
            err.println("xinspect explain: " + e.getMessage());
            return NOT_A_RESPONSE;
        }
        List<Diagnosis> diagnoses = exchanges.stream().map(diagnoser::diagnose).toList();
        List<String> labels = exchanges.stream().map(ExplainCommand::label).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.print(writer.writeAll(diagnoses, labels, outputFormat));
        out.flush();
        return 0;
    }

    static String label(Exchange exchange) {
        String request = exchange.sentRequest().map(r -> r.method() + " " + r.url()).orElse("response");
        return request + exchange.receivedResponse().map(r -> " → " + r.status()).orElse("");
    }
}
