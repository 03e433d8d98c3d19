package dev.xinspect.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.format.JsonPrettyPrinter;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pretty-printing a minified 10 MB search response: our token-by-token printer against the obvious way, Jackson's
 * own {@code readTree} then {@code writerWithDefaultPrettyPrinter}, which builds the whole tree first.
 */
@State(Scope.Benchmark)
public class PrettyPrintBenchmark {
    static final int MEGABYTES = 10;

    private final JsonPrettyPrinter printer = new JsonPrettyPrinter();
    private final ObjectMapper mapper = new ObjectMapper();
    private String body;

    @Setup
    public void generate() {
        body = BenchData.searchResponse(MEGABYTES * 1024 * 1024);
    }

    @Benchmark
    public String ours() {
        return printer.format(body).text();
    }

    @Benchmark
    public String jacksonTree() throws IOException {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(body));
    }
}
