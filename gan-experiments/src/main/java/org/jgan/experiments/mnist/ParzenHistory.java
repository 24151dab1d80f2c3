package org.jgan.experiments.mnist;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jgan.core.config.ConfigException;
import org.jgan.experiments.cli.Runs;
import org.jgan.experiments.metrics.ParzenEstimator;
import org.jgan.experiments.metrics.ParzenScore;
import org.jgan.experiments.run.RunDirectory;

/**
 * {@code gan eval parzen RUN_DIR --history}: the authors' protocol ({@link ParzenProtocol#score}: σ chosen on
 * validation images, the mean log-likelihood of the 10,000 test images ± its standard error) applied to every
 * checkpoint the run kept ({@code keep-every}), oldest first — how Table 1's number grew as training went on.
 * Every checkpoint is scored on the same {@value ParzenEstimator#PAPER_CENTRES}-sample draw ({@link EvalDraw#PARZEN})
 * as {@code --checkpoint ITERATION} scores it, so each row's {@code parzen_ll} is that command's.
 *
 * <p>Writes {@value #TABLE}, rewritten after each checkpoint so that an interrupted history keeps the rows it
 * finished, and then plots/{@value MnistFigures#HISTORY_PLOT}. A run that kept no checkpoint is bad input, raised
 * before anything is loaded or written.
 */
final class ParzenHistory {
    /** The table of scores, one row per kept checkpoint. */
    static final String TABLE = "parzen-history.csv";
    /** Its header. */
    static final String HEADER = "iteration,epoch," + ParzenProtocol.CSV_COLUMNS;

    /**
     * One kept checkpoint's score.
     *
     * @param iteration the generator updates behind the checkpoint
     * @param epoch     the passes over the training images they make
     * @param score     the protocol's score of G at that point
     */
    record Row(long iteration, double epoch, ParzenScore score) {
        String csv() {
            return iteration + "," + epoch + "," + ParzenProtocol.csv(score);
        }
    }

    private ParzenHistory() {
    }

    /** Scores the kept checkpoints of the run in {@code directory}, reporting each on {@code out} as it is done. */
    static void write(RunDirectory directory, PrintStream out) {
        Runs.Prepared prepared = ParzenCommand.prepare(directory);
        List<Long> kept = directory.keptIterations();
        if (kept.isEmpty()) {
            throw ConfigException.withMessage(directory.root().toString(), "keeps no iteration's checkpoint; --history"
                    + " scores those a run keeps when its keep-every setting is above 0");
        }
        RestorableRun run = RestorableRun.of(prepared);
        out.printf(Locale.ROOT, "Parzen window log-likelihood of the %d kept checkpoints of %s (test set, %d samples):%n",
                kept.size(), directory.root(), run.parzenSamples());
        List<Row> rows = new ArrayList<>();
        StringBuilder table = new StringBuilder(HEADER).append('\n');
        long start = System.nanoTime();
        for (long iteration : kept) {
            MnistTraining training = run.restore(directory.keptCheckpoint(iteration));
            ParzenScore score = ParzenProtocol.score(training.networks(), run.random(), run.data(), run.parzenSamples());
            Row row = new Row(training.state().iteration(), training.epochsAt(training.state().iteration()), score);
            rows.add(row);
            directory.writeText(TABLE, table.append(row.csv()).append('\n').toString());
            out.printf(Locale.ROOT, "  epoch %7.1f (iteration %d): %.1f ± %.1f nats, σ = %.3f   [%d of %d, %.0f s]%n",
                    row.epoch(), row.iteration(), score.test().mean(), score.test().standardError(), score.sigma(),
                    rows.size(), kept.size(), (System.nanoTime() - start) / 1e9);
        }
        MnistFigures.parzenHistory(directory, rows, run);
        out.println("written to " + directory.file(TABLE) + " and " + directory.plot(MnistFigures.HISTORY_PLOT));
    }
}
