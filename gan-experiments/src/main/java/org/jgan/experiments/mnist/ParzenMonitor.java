package org.jgan.experiments.mnist;

import java.util.List;
import org.jgan.core.train.Checkpoint;
import org.jgan.core.train.GanState;
import org.jgan.experiments.metrics.ParzenEstimator;
import org.jgan.experiments.metrics.SigmaSweep;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.training.TrainingLoop;
import org.jgan.models.architecture.GanNetworks;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A cheap Parzen window estimate during training, to choose which checkpoint the full protocol scores: G's samples
 * of one fixed noise draw ({@link EvalDraw#MONITOR}) as centres, the authors' σ grid, and the mean log-likelihood of
 * validation images (train[50000:60000], never the test set) at the best σ for them.
 *
 * <p>It measures every {@code every} iterations and at the last one (NaN in the other metrics rows). Whenever the
 * estimate of a trained G (iteration &gt; 0) beats every earlier one, the training state is saved as
 * {@code checkpoints/best.ckpt} (atomically, like the latest checkpoint). Iteration 0 is measured as a baseline but
 * never chosen: its G draws little more than the mean image (the output bias is logit(mean pixel)), which a Parzen
 * window can score above a young GAN's sharp but wrong digits, and Table 1 is about trained models. On resume the best so far is read back from metrics.csv, which the training loop has cut
 * to the restored iteration; a best.ckpt written after that iteration by the interrupted run is rewritten with the
 * same bits when training passes that iteration again, since the run is deterministic.
 */
final class ParzenMonitor implements TrainingLoop.Measurement {
    /** The monitor's metrics columns: the validation log-likelihood and the σ that maximised it. */
    static final List<String> COLUMNS = List.of("monitor_ll", "monitor_sigma");

    private final GanNetworks networks;
    private final GanState state;
    private final INDArray noise;
    private final INDArray validation;
    private final ParzenEstimator estimator = new ParzenEstimator();
    private final long every;
    private final long last;
    private final RunDirectory directory;
    private final boolean resuming;
    private double best = Double.NaN;

    /**
     * @param networks   the networks being trained
     * @param state      their training state, saved when the estimate improves
     * @param noise      the fixed noise whose samples are the centres, [centres, noise dimension]
     * @param validation the validation images scored, [n, 784]
     * @param every      iterations between measurements
     * @param last       the last iteration of the run, always measured
     * @param directory  the run directory
     * @param resuming   whether the run continues from a checkpoint
     */
    ParzenMonitor(GanNetworks networks, GanState state, INDArray noise, INDArray validation, long every, long last,
                  RunDirectory directory, boolean resuming) {
        this.networks = networks;
        this.state = state;
        this.noise = noise;
        this.validation = validation;
        this.every = every;
        this.last = last;
        this.directory = directory;
        this.resuming = resuming;
    }

    @Override
    public double[] at(long iteration) {
        if (iteration % every != 0 && iteration != last) {
            return new double[] {Double.NaN, Double.NaN};
        }
        SigmaSweep sweep = sweepOnFreshCentres();
        double estimate = sweep.bestMeanLogLikelihood();
        if (Double.isNaN(best)) {
            best = resuming ? bestLogged() : Double.NEGATIVE_INFINITY;
        }
        if (iteration > 0 && estimate > best) {
            best = estimate;
            Checkpoint.save(state, directory.bestCheckpoint());
        }
        return new double[] {estimate, sweep.bestSigma()};
    }

    /** The σ sweep on the validation images with G's current samples of the fixed noise as centres, freed after. */
    private SigmaSweep sweepOnFreshCentres() {
        try (INDArray centres = EvalDraw.generate(networks, noise)) {
            return estimator.sweep(centres, validation);
        }
    }

    /** The largest monitor value after iteration 0 in metrics.csv, or −∞ when none was logged. */
    private double bestLogged() {
        return best(MetricsTable.read(directory.file(RunDirectory.METRICS)))[0];
    }

    /**
     * The best monitor value of a trained G in a metrics table and its iteration: {value, iteration}, or
     * {−∞, NaN} when no row after iteration 0 has one.
     */
    static double[] best(MetricsTable metrics) {
        double[] iterations = metrics.column("iteration");
        double[] values = metrics.column(COLUMNS.get(0));
        double[] best = {Double.NEGATIVE_INFINITY, Double.NaN};
        for (int i = 0; i < values.length; i++) {
            if (iterations[i] > 0 && values[i] > best[0]) {
                best = new double[] {values[i], iterations[i]};
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "ParzenMonitor(" + noise.rows() + " centres, " + validation.rows() + " validation images, every "
                + every + " iterations)";
    }
}
