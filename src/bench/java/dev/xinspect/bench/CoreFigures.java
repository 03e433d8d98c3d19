package dev.xinspect.bench;

import dev.xinspect.bench.Figure.Goal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The core figures, with JMH (throughput, forked JVMs): each of ours next to its named baseline, the median of the
 * measurement iterations of every fork.
 */
final class CoreFigures {
    private final boolean quick;

    CoreFigures(boolean quick) {
        this.quick = quick;
    }

    List<Figure> all() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(PrettyPrintBenchmark.class.getName())
                .include(DiagnosisBenchmark.class.getName())
                .include(Oauth1Benchmark.class.getName())
                .include(RedactionBenchmark.class.getName())
                .forks(quick ? 1 : 2)
                .warmupIterations(quick ? 2 : 3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Xmx2g")
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> medians = new HashMap<>();
        for (RunResult result : results) {
            List<Double> scores = new ArrayList<>();
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    scores.add(iteration.getPrimaryResult().getScore());
                }
            }
            String label = result.getParams().getBenchmark();
            medians.put(label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1), Figure.median(scores));
        }
        double mb = PrettyPrintBenchmark.MEGABYTES * 1024 * 1024 / 1e6;
        return List.of(
                throughput("Core: pretty-print a 10 MB minified body", medians, "PrettyPrintBenchmark", "jacksonTree",
                        "Jackson readTree + default pretty printer", mb, "MB/s"),
                throughput("Core: diagnoses per second (every sandbox scenario × 7 requests)", medians, "DiagnosisBenchmark",
                        "readTreeOnly", "Jackson readTree of the body alone", 1, "/s"),
                throughput("Core: OAuth 1.0a signatures per second (X's example)", medians, "Oauth1Benchmark", "hmacOnly",
                        "HMAC-SHA1 of the finished base string", 1, "/s"),
                redaction(medians));
    }

    /** Redaction has a target (issue 20): at least 200 MB/s on the 10 MB exchange, in one pass. */
    private static Figure redaction(Map<String, Double> medians) {
        double mb = RedactionBenchmark.MEGABYTES * 1024 * 1024 / 1e6;
        double ours = medians.get("RedactionBenchmark.ours") * mb;
        double base = medians.get("RedactionBenchmark.stringReplace") * mb;
        return Figure.of("Core: redaction of a 10 MB exchange", Figure.number(ours) + " MB/s",
                Figure.number(base) + " MB/s (String.replace of the known secrets)", Figure.times(ours / base),
                Goal.AT_LEAST, ours, 200, "≥ 200 MB/s");
    }

    /** Ops/s scaled by {@code unitsPerOp} (MB per operation, or 1). No target: the issue asks for the figure. */
    private static Figure throughput(String name, Map<String, Double> medians, String benchmark, String baseline,
                                     String baselineName, double unitsPerOp, String unit) {
        double ours = medians.get(benchmark + ".ours") * unitsPerOp;
        double base = medians.get(benchmark + "." + baseline) * unitsPerOp;
        return Figure.of(name, Figure.number(ours) + " " + unit, Figure.number(base) + " " + unit + " (" + baselineName + ")",
                Figure.times(ours / base), Goal.NONE, 0, 0, "— (reported)");
    }
}
