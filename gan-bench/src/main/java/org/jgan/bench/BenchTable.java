package org.jgan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jgan.core.train.UpdateRule;
import org.jgan.models.architecture.GoodfellowMnist;

/**
 * Prints the results table of a benchmark session as Markdown: for each workload our median time, PyTorch's, the
 * ratio (of the medians, and its range over the rounds), matrix-product GFLOP/s on both sides, and our time over the
 * time the same products take at the SGEMM rate measured in the same session.
 *
 * <p>Usage: {@code BenchTable RESULTS_DIR} (what {@code bench/run.sh} writes: JMH and PyTorch JSON per round, and
 * {@code environment.txt} with the thread count, the native build and the load at each measurement).
 */
public final class BenchTable {
    private final Measurements measurements;
    private final StringBuilder out = new StringBuilder();

    private BenchTable(Measurements measurements) {
        this.measurements = measurements;
    }

    /** Prints the table of {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BenchTable RESULTS_DIR");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        System.out.print(new BenchTable(Measurements.read(directory)).render(directory));
    }

    private String render(Path directory) throws IOException {
        out.append("| workload | ours ms | PyTorch ms | ours / PyTorch (rounds) | GFLOP/s ours | GFLOP/s PyTorch "
                + "| ours / SGEMM time |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (String model : List.of(GoodfellowMnist.NAME, GoodfellowMnist.RELU_NAME)) {
            Workload step = Workload.mnist(model, UpdateRule.SIMULTANEOUS);
            row(step.name(), step.name() + " step (batch 100)", step.flops(), median("sgemm/" + model));
        }
        Workload toy = Workload.toy1d();
        row(toy.name(), "mlp-1d step (batch 256, Algorithm 1)", toy.flops(), Double.NaN);
        List<GemmShape> parzen = ParzenWorkload.products();
        double blockRate = parzen.get(0).flops() / median("sgemm/parzen");
        row("parzen", "Parzen 10k centres × (1k + 10k) points", StepProducts.flops(parzen),
                StepProducts.flops(parzen) / blockRate);
        for (String gradient : List.of("normal", "subnormal")) {
            String params = OptimizerBenchmark.PARAMETERS + " params, " + gradient + " gradient";
            row("optimizer/" + gradient + "/sgd", "SGD momentum, " + params, Double.NaN, Double.NaN);
            row("optimizer/" + gradient + "/adam", "Adam, " + params, Double.NaN, Double.NaN);
        }
        for (String model : List.of(GoodfellowMnist.NAME, GoodfellowMnist.RELU_NAME)) {
            row("sgemm/" + model, "SGEMM: the " + model + " step's products alone",
                    StepProducts.flops(SgemmBenchmark.shapes(model)), Double.NaN);
        }
        row("sgemm/parzen", "SGEMM: one Parzen block " + parzen.get(0), parzen.get(0).flops(), Double.NaN);
        Path environment = directory.resolve("environment.txt");
        if (Files.exists(environment)) {
            out.append('\n').append(Files.readString(environment).lines()
                    .map(line -> "    " + line).collect(Collectors.joining("\n"))).append('\n');
        }
        return out.toString();
    }

    private double median(String workload) {
        return Measurements.median(measurements.ours(workload).values());
    }

    private void row(String workload, String label, double flops, double sgemmMillis) {
        double ours = median(workload);
        double torch = Measurements.median(measurements.torch(workload).values());
        if (Double.isNaN(ours) && Double.isNaN(torch)) {
            return;
        }
        List<Double> ratios = new ArrayList<>(measurements.pairedRatios(workload));
        ratios.sort(Double::compare);
        String ratio = Double.isNaN(torch) || Double.isNaN(ours) ? "" : format("%.2f", ours / torch)
                + (ratios.size() > 1 ? format(" (%.2f–%.2f)", ratios.get(0), ratios.get(ratios.size() - 1)) : "");
        out.append("| ").append(label)
                .append(" | ").append(millis(ours, measurements.ours(workload)))
                .append(" | ").append(millis(torch, measurements.torch(workload)))
                .append(" | ").append(ratio)
                .append(" | ").append(gflops(flops, ours))
                .append(" | ").append(gflops(flops, torch))
                .append(" | ").append(Double.isNaN(sgemmMillis) || Double.isNaN(ours) ? "" : format("%.2f×", ours / sgemmMillis))
                .append(" |\n");
    }

    private static String millis(double median, Map<Integer, Double> rounds) {
        return Double.isNaN(median) ? "" : format(median < 10 ? "%.3f" : "%.1f", median)
                + (rounds.size() > 1 ? " (n=" + rounds.size() + ")" : "");
    }

    private static String gflops(double flops, double millis) {
        return Double.isNaN(flops) || Double.isNaN(millis) ? "" : format("%.1f", flops / millis / 1e6);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
