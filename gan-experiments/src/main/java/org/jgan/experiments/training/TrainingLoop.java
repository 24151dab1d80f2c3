package org.jgan.experiments.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jgan.core.config.Check;
import org.jgan.core.train.Checkpoint;
import org.jgan.core.train.StepReport;
import org.jgan.core.train.Trainer;
import org.jgan.experiments.RunContext;
import org.jgan.experiments.run.MetricsLog;
import org.jgan.experiments.run.RunDirectory;

/**
 * Runs a {@link Trainer} for a number of iterations inside a run directory: logs a metrics row every
 * {@code logEvery} iterations (and at 0 and the end), checkpoints every {@code checkpointEvery} (and at the
 * end), keeps the state after every {@code keepEvery}-th iteration where asked, shows progress, and stops with a
 * clear error on a non-finite loss, leaving the last good checkpoint.
 *
 * <p>When the context is resuming, the loop restores the checkpoint, truncates metrics.csv to it and carries
 * on; because all randomness is counter-based, the result is the uninterrupted run's, bit for bit.
 */
public final class TrainingLoop {
    /** The fixed leading columns of metrics.csv. */
    public static final List<String> LOSS_COLUMNS = List.of("iteration", "d_loss", "g_loss", "divergence_estimate");
    /** {@code keepEvery} for a loop that keeps no history of checkpoints. */
    public static final long KEEP_NONE = 0;

    /** Extra metrics an experiment computes at each logged iteration (must not touch training's streams). */
    @FunctionalInterface
    public interface Measurement {
        /** The values of the experiment's extra columns at {@code iteration}. */
        double[] at(long iteration);
    }

    private final RunContext context;
    private final Trainer trainer;
    private final List<String> columns;
    private final Measurement measurement;
    private final long logEvery;
    private final long checkpointEvery;
    private final long keepEvery;

    /**
     * @param context         the run
     * @param trainer         the configured trainer
     * @param extraColumns    names of the measurement's values
     * @param measurement     computes them at logged iterations
     * @param logEvery        iterations between metric rows
     * @param checkpointEvery iterations between checkpoints
     */
    public TrainingLoop(RunContext context, Trainer trainer, List<String> extraColumns, Measurement measurement,
                        long logEvery, long checkpointEvery) {
        this(context, trainer, extraColumns, measurement, logEvery, checkpointEvery, KEEP_NONE);
    }

    /**
     * A loop that also keeps a history: the state after every {@code keepEvery}-th iteration stays in
     * {@link RunDirectory#keptCheckpoint}, for scoring or comparing later.
     *
     * @param keepEvery iterations between kept checkpoints; {@value #KEEP_NONE}: none kept
     */
    public TrainingLoop(RunContext context, Trainer trainer, List<String> extraColumns, Measurement measurement,
                        long logEvery, long checkpointEvery, long keepEvery) {
        this.context = context;
        this.trainer = trainer;
        this.columns = new ArrayList<>(LOSS_COLUMNS);
        this.columns.addAll(extraColumns);
        this.measurement = measurement;
        this.logEvery = logEvery;
        this.checkpointEvery = checkpointEvery;
        this.keepEvery = Check.atLeast("keep-every", keepEvery, KEEP_NONE);
    }

    /** Trains until {@code iterations} generator updates are done. */
    public void run(long iterations) {
        RunDirectory dir = context.directory();
        MetricsLog log;
        if (context.resuming() && dir.checkpoint().toFile().isFile()) {
            Checkpoint.restore(trainer.state(), dir.checkpoint());
            log = MetricsLog.resume(dir.file(RunDirectory.METRICS), columns, trainer.state().iteration());
        } else {
            log = MetricsLog.create(dir.file(RunDirectory.METRICS), columns);
            log.append(0, concat(new double[] {Double.NaN, Double.NaN, Double.NaN}, measurement.at(0)));
            Checkpoint.save(trainer.state(), dir.checkpoint());
        }
        try (log) {
            context.progress().start("training", trainer.state().iteration(), iterations);
            while (trainer.state().iteration() < iterations) {
                StepReport report = trainer.iterate();
                long t = report.iteration();
                if (!Double.isFinite(report.discriminatorLoss()) || !Double.isFinite(report.generatorLoss())) {
                    throw new TrainingDiverged(t, report, dir);
                }
                if (t % logEvery == 0 || t == iterations) {
                    double[] measured = measurement.at(t);
                    log.append(t, concat(new double[] {report.discriminatorLoss(), report.generatorLoss(),
                            report.divergenceEstimate()}, measured));
                    context.progress().update(t, String.format(Locale.ROOT, "d_loss %.4f  g_loss %.4f",
                            report.discriminatorLoss(), report.generatorLoss()));
                } else {
                    context.progress().update(t, "");
                }
                if (t % checkpointEvery == 0 || t == iterations) {
                    Checkpoint.save(trainer.state(), dir.checkpoint());
                }
                if (keepEvery != KEEP_NONE && t % keepEvery == 0) {
                    Checkpoint.save(trainer.state(), dir.keptCheckpoint(t));
                }
            }
        }
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Training produced a non-finite loss; the last good checkpoint is left in place. */
    public static final class TrainingDiverged extends RuntimeException {
        TrainingDiverged(long iteration, StepReport report, RunDirectory dir) {
            super("training diverged at iteration " + iteration + " (d_loss " + report.discriminatorLoss()
                    + ", g_loss " + report.generatorLoss() + "); the last good checkpoint is in "
                    + dir.checkpoint() + " and metrics.csv holds every row logged before. Try a smaller learning-rate.");
        }
    }
}
