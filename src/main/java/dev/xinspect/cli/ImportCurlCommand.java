package dev.xinspect.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.report.CurlCommandParser;
import dev.xinspect.core.report.CurlExporter;
import dev.xinspect.core.report.HttpieExporter;
import dev.xinspect.core.report.ImportedRequest;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.report.XurlExporter;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xinspect import curl}: reads a pasted curl command and prints the request it sends, or that request as another command. */
@Command(name = "curl", mixinStandardHelpOptions = true,
        description = {"Read a curl command as pasted (bash, cmd or PowerShell) and print the request it sends as one JSON object:",
                "{\"method\",\"url\",\"headers\":[{\"name\",\"value\"}],\"body\",\"multipart\":[…],\"variables\":[…],\"notes\":[…]}.",
                "Shell variables ($NAME, ${NAME}, $1) are written {{NAME}}."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the command was read (a note starting with Repaired: says what was mended)",
                "2:a shell or curl would not run the command as pasted (one-line reason on stderr)"})
public final class ImportCurlCommand implements Callable<Integer> {
    static final int BROKEN = 2;

    enum Format { json, curl, httpie, xurl }

    private final Redactor redactor;
    private final InputStream stdin;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", description = "json, curl, httpie or xurl (default: ${DEFAULT-VALUE})")
    Format format;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "the file holding the command; - or nothing for standard input")
    String file;

    public ImportCurlCommand() {
        this(Redactor.withoutKnownSecrets(), System.in);
    }

    public ImportCurlCommand(Redactor redactor, InputStream stdin) {
        this.redactor = redactor;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        CommandConsole console = new CommandConsole(spec, "import curl");
        ImportedRequest imported;
        try {
            imported = new CurlCommandParser().parse(InputSource.text(file, stdin));
        } catch (InputSource.UnusableInput | CurlCommandParser.NotCurlException e) {
            return console.fail(BROKEN, e.getMessage());
        }
        return console.succeed(switch (format) {
            case json -> json(imported);
            case curl -> new CurlExporter(redactor).export(imported.request(), imported.parts());
            case httpie -> new HttpieExporter(redactor).export(imported.request(), imported.parts());
            case xurl -> new XurlExporter(redactor).export(imported.request(), null, imported.parts());
        });
    }

    /** The shape of the issue that asked for it: text parts carry {@code value}, file parts {@code file}. */
    static String json(ImportedRequest imported) throws IOException {
        ObjectMapper mapper = JsonLimits.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("method", imported.method());
        root.put("url", imported.url());
        ArrayNode headers = root.putArray("headers");
        for (Header header : imported.headers()) {
            headers.addObject().put("name", header.name()).put("value", header.value());
        }
        root.put("body", imported.body());
        ArrayNode parts = root.putArray("multipart");
        for (FormPart part : imported.parts()) {
            ObjectNode node = parts.addObject().put("name", part.name());
            if (part.isFile()) {
                node.put("file", part.file());
            } else {
                node.put("value", part.value());
            }
        }
        ArrayNode variables = root.putArray("variables");
        imported.variables().forEach(name -> variables.add("{{" + name + "}}"));
        ArrayNode notes = root.putArray("notes");
        imported.notes().forEach(notes::add);
        return mapper.writeValueAsString(root);
    }
}
