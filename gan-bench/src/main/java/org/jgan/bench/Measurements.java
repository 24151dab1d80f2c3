package org.jgan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The median milliseconds per operation of each workload in each round, read from a results directory:
 * JMH's JSON ({@code jmh-r<round>-*.json}) and the PyTorch reference's ({@code torch-r<round>-*.json}).
 *
 * <p>A JMH result is named by its benchmark and parameters: {@code goodfellow2014-mnist/simultaneous} (MNIST step),
 * {@code mlp-1d}, {@code parzen}, {@code optimizer/normal/sgd}, {@code sgemm/relu-mnist} (parameter values in JMH's
 * order, alphabetical by parameter name); the PyTorch script uses the same names. The median is JMH's 50th percentile
 * (of sampled calls, or of single shots).
 */
public final class Measurements {
    private static final Pattern ROUND = Pattern.compile("^(jmh|torch)-r(\\d+)-.*\\.json$");
    private static final Map<String, String> PREFIXES = Map.of(
            "MnistStepBenchmark", "", "ToyStepBenchmark", "mlp-1d", "ParzenBenchmark", "parzen",
            "OptimizerBenchmark", "optimizer/", "SgemmBenchmark", "sgemm/");

    /** workload → round → median ms, for our side and for PyTorch's. */
    private final Map<String, Map<Integer, Double>> ours = new TreeMap<>();
    private final Map<String, Map<Integer, Double>> torch = new TreeMap<>();

    /** Reads every result file in {@code directory}. */
    public static Measurements read(Path directory) {
        Measurements m = new Measurements();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = ROUND.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                int round = Integer.parseInt(name.group(2));
                JsonNode root = json.readTree(file.toFile());
                if (name.group(1).equals("jmh")) {
                    for (JsonNode result : root) {
                        m.ours.computeIfAbsent(jmhName(result), k -> new TreeMap<>())
                                .put(round, result.get("primaryMetric").get("scorePercentiles").get("50.0").asDouble());
                    }
                } else {
                    m.torch.computeIfAbsent(root.get("workload").asText(), k -> new TreeMap<>())
                            .put(round, root.get("median_ms").asDouble());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark results in " + directory, e);
        }
        return m;
    }

    /** The workload name of one JMH result: see the class comment. */
    static String jmhName(JsonNode result) {
        String benchmark = result.get("benchmark").asText();
        String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
        String prefix = PREFIXES.get(className.substring(className.lastIndexOf('.') + 1));
        if (prefix == null) {
            throw new IllegalArgumentException("unknown benchmark " + benchmark);
        }
        List<String> values = new ArrayList<>();
        JsonNode params = result.get("params");
        if (params != null) {
            for (Iterator<JsonNode> it = params.elements(); it.hasNext(); ) {
                values.add(it.next().asText());
            }
        }
        return prefix + String.join("/", values);
    }

    /** Our medians by round (empty if not measured). */
    public Map<Integer, Double> ours(String workload) {
        return ours.getOrDefault(workload, Map.of());
    }

    /** PyTorch's medians by round (empty if not measured). */
    public Map<Integer, Double> torch(String workload) {
        return torch.getOrDefault(workload, Map.of());
    }

    /** The median of the values (the mean of the middle two for an even count); NaN when empty. */
    public static double median(Iterable<Double> values) {
        List<Double> sorted = new ArrayList<>();
        values.forEach(sorted::add);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The ratio ours / PyTorch in each round where both were measured. */
    public List<Double> pairedRatios(String workload) {
        List<Double> ratios = new ArrayList<>();
        Map<Integer, Double> theirs = torch(workload);
        ours(workload).forEach((round, mine) -> {
            Double reference = theirs.get(round);
            if (reference != null) {
                ratios.add(mine / reference);
            }
        });
        return ratios;
    }
}
