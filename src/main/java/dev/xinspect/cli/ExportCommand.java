package dev.xinspect.cli;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ExchangeReader;
import dev.xinspect.core.report.CurlExporter;
import dev.xinspect.core.report.HarExporter;
import dev.xinspect.core.report.HttpieExporter;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.report.XurlExporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code xinspect export}: a saved exchange written out redacted as HAR or as a curl, HTTPie or xurl command; or, with
 * {@code --format postman}, a workspace collection as a Postman Collection v2.1.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write an X API exchange out, redacted, as a HAR 1.2 file or a curl, HTTPie or xurl command.",
                "Reads the same inputs as `explain`: curl -i output, a HAR file, or an exchange JSON. The command-line twin "
                        + "of the Export menu.",
                "--format postman --collection NAME writes a workspace collection as Postman v2.1 instead (auth as"
                        + " {{variables}}, never a secret)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the input was written out", "2:the input is not a response, or holds nothing to export "
                + "in that format (one-line error on stderr)"})
public final class ExportCommand implements Callable<Integer> {
    /** The input cannot be exported as asked: the exit code of {@code explain} for the same inputs. */
    private static final int UNUSABLE = ExplainCommand.NOT_A_RESPONSE;

    private enum Format { HAR, CURL, HTTPIE, XURL, POSTMAN }

    private final ExchangeReader reader;
    private final Redactor redactor;
    private final CollectionWorkspace workspace;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, description = "har, curl, httpie, xurl or postman")
    String format;

    @Option(names = "--collection", paramLabel = "NAME", description = "with --format postman: the workspace collection to write")
    String collection;

    @Option(names = "--env", paramLabel = "NAME", description = "with --format postman: the environment whose variables go along"
            + " (default: the one named like the collection)")
    String environment;

    @Option(names = "--workspace", paramLabel = "DIR", description = "with --format postman: workspace folder (default: the app's)")
    Path folder;

    @Option(names = "--entry", paramLabel = "N", description = "only the N-th exchange of the input, counted from 1 (default: all)")
    Integer entry;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "the file to read; - or nothing for standard input")
    String file;

    public ExportCommand(ExchangeReader reader, Redactor redactor, CollectionWorkspace workspace) {
        this.reader = reader;
        this.redactor = redactor;
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        CommandConsole console = new CommandConsole(spec, "export");
        Format chosen;
        try {
            chosen = Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return console.fail(UNUSABLE, "--format must be har, curl, httpie, xurl or postman, not " + format);
        }
        if (chosen == Format.POSTMAN) {
            return postman(console);
        }
        List<Exchange> exchanges;
        try {
            exchanges = InputSource.exchanges(reader, file, System.in);
        } catch (InputSource.UnusableInput e) {
            return console.fail(UNUSABLE, e.getMessage());
        }
        if (entry != null && (entry < 1 || entry > exchanges.size())) {
            return console.fail(UNUSABLE, "--entry " + entry + " is not in the input, which holds " + exchanges.size()
                    + (exchanges.size() == 1 ? " exchange" : " exchanges"));
        }
        List<Exchange> selected = entry == null ? exchanges : List.of(exchanges.get(entry - 1));
        String text;
        if (chosen == Format.HAR) {
            text = new HarExporter(redactor).export(selected);
        } else {
            List<String> commands = new ArrayList<>();
            for (Exchange exchange : selected) {
                if (exchange.request() == null) {
                    return console.fail(UNUSABLE, "the input holds a response without its request, so there is no "
                            + format.toLowerCase(Locale.ROOT) + " command to write; --format har writes the response");
                }
                commands.add(command(chosen, exchange));
            }
            text = String.join("\n\n", commands);
        }
        return console.succeed(text);
    }

    private int postman(CommandConsole console) {
        if (collection == null || collection.isBlank()) {
            return console.fail(UNUSABLE, "--format postman needs --collection NAME (a collection of the workspace)");
        }
        try {
            return console.succeed(workspace.exportPostman(collection, Optional.ofNullable(environment),
                    Optional.ofNullable(folder)));
        } catch (CollectionWorkspace.Unusable e) {
            return console.fail(UNUSABLE, e.getMessage());
        }
    }

    private String command(Format chosen, Exchange exchange) {
        return switch (chosen) {
            case CURL -> new CurlExporter(redactor).export(exchange.request());
            case HTTPIE -> new HttpieExporter(redactor).export(exchange.request());
            case XURL -> new XurlExporter(redactor).export(exchange.request(), null);
            case HAR, POSTMAN -> throw new IllegalArgumentException(chosen + " is written for all entries at once");
        };
    }
}
