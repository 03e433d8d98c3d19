package dev.xinspect.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.catalog.ApiParameter;
import dev.xinspect.core.catalog.Catalog;
import dev.xinspect.core.catalog.Catalogs;
import dev.xinspect.core.catalog.Endpoint;
import dev.xinspect.core.catalog.SpecFetchException;
import dev.xinspect.core.catalog.SpecInfo;
import dev.xinspect.core.catalog.SpecReader;
import dev.xinspect.core.catalog.UnusableSpecException;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xinspect endpoints}: the X API endpoints an OpenAPI spec lists, with their auth modes and parameters. */
@Command(name = "endpoints", mixinStandardHelpOptions = true,
        description = {"List the X API endpoints of an OpenAPI spec: method, path, accepted auth modes.",
                "With a FILTER that matches one endpoint, also its parameters and their allowed values.",
                "Without --spec it reads X's spec cached by --fetch, or the copy built into xinspect when that is"
                        + " newer or nothing is cached (never fetched unless asked)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:endpoints listed", "1:no endpoint matches, or the fetch failed",
                "2:no usable spec (one-line error on stderr)"})
public final class EndpointsCommand implements Callable<Integer> {
    static final int NOTHING = 1;
    static final int NO_SPEC = 2;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Catalogs catalogs;
    private final SpecReader reader;

    @Spec
    CommandSpec spec;

    @Option(names = "--spec", paramLabel = "FILE", description = "read this OpenAPI JSON file instead of the cached X spec")
    String specFile;

    @Option(names = "--fetch", description = "download X's spec from https://api.x.com/2/openapi.json first and cache it")
    boolean fetch;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Parameters(arity = "0..*", paramLabel = "FILTER",
            description = "a path or URL, with or without its method (GET /2/users/me, https://api.x.com/2/users/123),"
                    + " part of a path (users/by), or words of the summary")
    List<String> filter = List.of();

    public EndpointsCommand(Catalogs catalogs, SpecReader reader) {
        this.catalogs = catalogs;
        this.reader = reader;
    }

    @Override
    public Integer call() {
        CommandConsole console = new CommandConsole(spec, "endpoints");
        if (!format.equals("text") && !format.equals("json")) {
            return console.fail(NO_SPEC, "--format must be text or json, not " + format);
        }
        if (specFile != null && fetch) {
            return console.fail(NO_SPEC, "use --spec FILE or --fetch, not both");
        }
        Catalog catalog;
        try {
            Optional<Catalog> loaded = load(console);
            if (loaded.isEmpty()) {
                return NO_SPEC;
            }
            catalog = loaded.get();
        } catch (SpecFetchException e) {
            return console.fail(NOTHING, e.getMessage());
        }
        String query = String.join(" ", filter);
        List<Endpoint> found = catalog.search(query);
        if (found.isEmpty()) {
            return console.fail(NOTHING, "no endpoint of " + describe(catalog.info()) + " matches " + query);
        }
        PrintWriter out = console.out();
        if (format.equals("json")) {
            out.println(json(catalog.info(), found));
        } else {
            out.println(describe(catalog.info()) + ": " + (found.size() == catalog.endpoints().size() ? "" : found.size() + " of ")
                    + catalog.endpoints().size() + " endpoints");
            if (found.size() == 1) {
                details(out, found.get(0));
            } else {
                table(out, found);
            }
        }
        out.flush();
        return 0;
    }

    private Optional<Catalog> load(CommandConsole console) throws SpecFetchException {
        PrintWriter err = console.err();
        if (specFile != null) {
            try {
                return Optional.of(reader.read(InputSource.read(specFile, System.in), specFile, null));
            } catch (IOException e) {
                console.warn("cannot read " + specFile + ": " + e.getMessage());
            } catch (UnusableSpecException e) {
                console.warn(specFile + ": " + e.getMessage());
            }
            return Optional.empty();
        }
        if (fetch) {
            Catalog fetched = catalogs.fetchX();
            err.println("Fetched " + describe(fetched.info()) + " (" + fetched.endpoints().size() + " endpoints); cached in "
                    + catalogs.cacheFile() + ".");
            if (!catalogs.problem().isEmpty()) {
                err.println(catalogs.problem());
            }
            return Optional.of(fetched);
        }
        Optional<Catalog> cached = catalogs.xCatalog();
        if (!catalogs.problem().isEmpty()) {
            console.warn(catalogs.problem());
        }
        if (cached.isEmpty()) {
            console.warn("no X API spec is cached or built in; run `xinspect endpoints --fetch` to"
                    + " download " + catalogs.xSpecUri() + ", or pass --spec FILE.");
        }
        return cached;
    }

    private static String describe(SpecInfo info) {
        String name = (info.title().isEmpty() ? "the spec" : info.title()) + (info.version().isEmpty() ? "" : " " + info.version());
        if (info.builtIn()) {
            return name + " (built in, taken " + info.builtInTaken() + ")";
        }
        return name + " (" + info.source() + info.fetched().map(t -> ", fetched " + UTC.format(t)).orElse("") + ")";
    }

    private static void table(PrintWriter out, List<Endpoint> endpoints) {
        int pathWidth = endpoints.stream().mapToInt(e -> e.pathTemplate().length()).max().orElse(0);
        int authWidth = endpoints.stream().mapToInt(e -> modes(e).length()).max().orElse(0);
        for (Endpoint e : endpoints) {
            String line = String.format(Locale.ROOT, "%-7s %-" + pathWidth + "s  %-" + authWidth + "s  %s", e.method(),
                    e.pathTemplate(), modes(e), e.summary());
            out.println(line.stripTrailing());
        }
    }

    private static void details(PrintWriter out, Endpoint e) {
        out.println();
        out.println(e.label() + (e.streaming() ? "  (stream)" : ""));
        if (!e.summary().isEmpty() || !e.operationId().isEmpty()) {
            out.println("  " + e.summary() + (e.operationId().isEmpty() ? "" : " (" + e.operationId() + ")"));
        }
        if (!e.tags().isEmpty()) {
            out.println("  Tags: " + String.join(", ", e.tags()));
        }
        if (!e.docsUrl().isEmpty()) {
            out.println("  Docs: " + e.docsUrl());
        }
        String auth = e.needsNoAuth() ? "none needed" : e.authModes().isEmpty() ? "not stated in the spec"
                : e.authModes().stream().map(AuthMode::label).collect(Collectors.joining(", "));
        out.println("  Auth: " + auth + (e.oauth2Scopes().isEmpty() ? "" : "; OAuth 2.0 scopes: " + String.join(", ", e.oauth2Scopes())));
        if (e.parameters().isEmpty()) {
            out.println("  Parameters: none");
            return;
        }
        out.println("  Parameters:");
        for (ApiParameter p : e.parameters()) {
            StringBuilder facts = new StringBuilder(p.location().openApiName()).append(p.required() ? ", required" : ", optional");
            if (p.commaSeparated()) {
                facts.append(", comma-separated");
            } else if (!p.type().isEmpty()) {
                facts.append(", ").append(p.type());
            }
            if (p.minimum() != null || p.maximum() != null) {
                facts.append(", ").append(p.minimum() == null ? "" : p.minimum()).append("..").append(p.maximum() == null ? "" : p.maximum());
            }
            if (!p.defaultValue().isEmpty()) {
                facts.append(", default ").append(p.defaultValue());
            }
            if (!p.pattern().isEmpty()) {
                facts.append(", pattern ").append(p.pattern());
            }
            out.println("    " + p.name() + "  (" + facts + ")");
            if (!p.description().isEmpty()) {
                out.println("        " + p.description().strip().replaceAll("\\s+", " "));
            }
            if (!p.allowedValues().isEmpty()) {
                out.println("        values: " + String.join(", ", p.allowedValues()));
            }
        }
    }

    /** Short names for the table: {@code OAuth1 user, app-only, OAuth2 user}. */
    private static String modes(Endpoint e) {
        if (e.needsNoAuth()) {
            return "no auth";
        }
        return e.authModes().stream().map(mode -> switch (mode) {
            case OAUTH1_USER -> "OAuth1 user";
            case OAUTH2_APP_ONLY -> "app-only";
            case OAUTH2_USER -> "OAuth2 user";
            case BASIC -> "Basic";
            case NONE -> "no auth";
        }).collect(Collectors.joining(", "));
    }

    private static String json(SpecInfo info, List<Endpoint> endpoints) {
        ObjectMapper mapper = JsonLimits.mapper();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode specNode = root.putObject("spec").put("title", info.title()).put("version", info.version()).put("source", info.source());
        info.fetched().ifPresentOrElse(t -> specNode.put("fetchedAt", t.toString()), () -> specNode.putNull("fetchedAt"));
        if (info.builtIn()) {
            specNode.put("builtIn", true).put("taken", info.builtInTaken());
        }
        ArrayNode list = root.putArray("endpoints");
        for (Endpoint e : endpoints) {
            ObjectNode node = list.addObject().put("method", e.method()).put("path", e.pathTemplate())
                    .put("operationId", e.operationId()).put("summary", e.summary());
            e.tags().forEach(node.putArray("tags")::add);
            node.put("docsUrl", e.docsUrl()).put("streaming", e.streaming());
            ArrayNode modes = node.putArray("authModes");
            e.authModes().forEach(m -> modes.add(m.name().toLowerCase(Locale.ROOT).replace('_', '-')));
            e.oauth2Scopes().forEach(node.putArray("oauth2Scopes")::add);
            ArrayNode parameters = node.putArray("parameters");
            for (ApiParameter p : e.parameters()) {
                ObjectNode param = parameters.addObject().put("name", p.name()).put("in", p.location().openApiName())
                        .put("required", p.required()).put("type", p.type()).put("description", p.description());
                p.allowedValues().forEach(param.putArray("allowedValues")::add);
                if (!p.pattern().isEmpty()) {
                    param.put("pattern", p.pattern());
                }
                if (p.minimum() != null) {
                    param.put("minimum", p.minimum());
                }
                if (p.maximum() != null) {
                    param.put("maximum", p.maximum());
                }
                if (!p.defaultValue().isEmpty()) {
                    param.put("default", p.defaultValue());
                }
            }
        }
        return root.toString();
    }
}
