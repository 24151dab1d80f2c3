package org.jgan.experiments.toy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jgan.core.distribution.UnivariateDistribution;
import org.jgan.core.divergence.Divergences;
import org.jgan.core.divergence.KernelDensity;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.core.network.Pass;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.experiments.RunContext;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.training.TrainingLoop;
import org.jgan.models.architecture.GanNetworks;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What the 1-D experiment measures at each logged iteration: JSD(p_data ‖ p̂_g), with p̂_g a Gaussian KDE of
 * fresh generator samples integrated against p_data's density by quadrature; max |D − ½| and max |D − D*| over
 * the central 98 % of p_data, where D* = p_data / (p_data + p̂_g) in the loss's declared form. At the four
 * Figure 1 moments it also saves the curves p_data, p̂_g, D and D* for the figure.
 *
 * <p>Samples come from the EVAL stream indexed by the iteration, so measuring never perturbs training and a
 * resumed run measures exactly what the uninterrupted one did.
 */
public final class Toy1dProbe implements TrainingLoop.Measurement {
    /** The columns {@link #at} returns, in order. */
    public static final List<String> COLUMNS = List.of("jsd", "d_max_abs_dev_from_half", "dstar_max_abs_error");

    private final UnivariateDistribution data;
    private final GanNetworks networks;
    private final Optional<ScoreOptimum> optimum;
    private final RunContext context;
    private final int samples;
    private final Set<Long> panelIterations;

    /**
     * @param data            p_data
     * @param networks        the standardised G and D being trained
     * @param loss            the loss, whose declared optimum D is compared with
     * @param context         the run (its EVAL stream and its directory, where the curves go)
     * @param samples         generator samples behind each JSD measurement
     * @param panelIterations the iterations whose curves are saved for the Figure 1 panels
     */
    public Toy1dProbe(UnivariateDistribution data, GanNetworks networks, AdversarialLoss loss, RunContext context,
               int samples, Set<Long> panelIterations) {
        this.data = data;
        this.networks = networks;
        this.optimum = loss.optimum();
        this.context = context;
        this.samples = samples;
        this.panelIterations = panelIterations;
    }

    @Override
    public double[] at(long iteration) {
        KernelDensity model = KernelDensity.of(generatorSamples(iteration));
        double jsd = Divergences.JENSEN_SHANNON.between(data, model);
        double[] grid = linspace(data.quantile(Toy1dExperiment.TAIL), data.quantile(1 - Toy1dExperiment.TAIL),
                Toy1dExperiment.GRID_POINTS);
        double[] d = discriminator(grid);
        double maxFromHalf = Double.NaN;
        double maxFromOptimum = Double.NaN;
        if (optimum.isPresent()) {
            maxFromHalf = 0;
            maxFromOptimum = 0;
            for (int i = 0; i < grid.length; i++) {
                maxFromHalf = Math.max(maxFromHalf, Math.abs(d[i] - 0.5));
                maxFromOptimum = Math.max(maxFromOptimum, Math.abs(d[i] - optimal(grid[i], model)));
            }
        }
        if (panelIterations.contains(iteration)) {
            saveCurves(iteration, model);
        }
        return new double[] {jsd, maxFromHalf, maxFromOptimum};
    }

    private double[] generatorSamples(long iteration) {
        INDArray z = networks.prior().sample(samples, context.random().seed(Stream.EVAL, iteration),
                networks.generator().dataType());
        return networks.generator().forward(z, Pass.INFERENCE).toDoubleVector();
    }

    /** D at the points, in the loss's reporting units (probability for classifiers); NaN without an optimum. */
    private double[] discriminator(double[] xs) {
        INDArray input = Nd4j.create(xs, new long[] {xs.length, 1}, networks.discriminator().dataType());
        double[] scores = networks.discriminator().forward(input, Pass.INFERENCE).toDoubleVector();
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = optimum.isPresent() ? optimum.get().inReportingUnits(scores[i]) : Double.NaN;
        }
        return out;
    }

    private double optimal(double x, UnivariateDistribution model) {
        ScoreOptimum o = optimum.orElseThrow();
        return o.inReportingUnits(o.score(data.density(x), model.density(x)));
    }

    private void saveCurves(long iteration, KernelDensity model) {
        double lo = Math.min(data.quantile(1e-3), model.quantile(1e-3));
        double hi = Math.max(data.quantile(1 - 1e-3), model.quantile(1 - 1e-3));
        double[] xs = linspace(lo, hi, Toy1dExperiment.GRID_POINTS);
        double[] d = discriminator(xs);
        StringBuilder csv = new StringBuilder("x,p_data,p_g,d,d_star\n");
        for (int i = 0; i < xs.length; i++) {
            double dStar = optimum.isPresent() ? optimal(xs[i], model) : Double.NaN;
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s%n", xs[i], data.density(xs[i]),
                    model.density(xs[i]), d[i], dStar));
        }
        RunDirectory.writeAtomically(Toy1dFigure.curvesFile(context.directory(), iteration),
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** n equally spaced points from lo to hi, both included. */
    public static double[] linspace(double lo, double hi, int n) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = lo + (hi - lo) * i / (n - 1);
        }
        return xs;
    }
}
