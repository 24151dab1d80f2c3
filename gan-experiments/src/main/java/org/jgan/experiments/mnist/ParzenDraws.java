package org.jgan.experiments.mnist;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.jgan.experiments.cli.Runs;
import org.jgan.experiments.metrics.Moments;
import org.jgan.experiments.metrics.ParzenEstimator;
import org.jgan.experiments.metrics.ParzenScore;
import org.jgan.experiments.run.RunDirectory;

/**
 * {@code gan eval parzen RUN_DIR [--checkpoint C] --draws N}: how much Table 1's number depends on which samples
 * the protocol takes as centres. The ± of Goodfellow et al. 2014 (225 ± 2) is the standard error over the 10,000
 * test images for one set of {@value ParzenEstimator#PAPER_CENTRES} generated centres; drawing the centres again
 * moves the score too, and that part of its uncertainty the ± leaves out. This scores one checkpoint by the full
 * protocol (σ chosen anew on the validation images for each draw) on N independent draws of centres: draw 0 is
 * {@link EvalDraw#PARZEN} itself, so its {@code parzen_ll} is {@code --checkpoint C}'s, and draw r is replicate r
 * of it ({@link EvalDraw#seed(org.jgan.core.random.RandomStreams, int)}).
 *
 * <p>Writes parzen-draws-C.csv ({@value #HEADER}), rewritten after each draw so that an interrupted command keeps
 * the draws it finished, and prints the mean over the draws, their standard deviation √(Σ (s_r − mean)² / (N − 1))
 * — the spread of the score from drawing the centres alone, the test images being the same — and the mean of the
 * protocol's own ±. A checkpoint the run does not have is bad input, raised before anything is written.
 */
final class ParzenDraws {
    /** The header of the table of draws. */
    static final String HEADER = "draw," + ParzenProtocol.CSV_COLUMNS;

    private ParzenDraws() {
    }

    /** The file the draws of {@code checkpoint} go to. */
    static String fileName(String checkpoint) {
        return "parzen-draws-" + checkpoint + ".csv";
    }

    /** Scores {@code checkpoint} of the run in {@code directory} on {@code draws} draws of centres. */
    static void write(RunDirectory directory, String checkpoint, int draws, PrintStream out) {
        Runs.Prepared prepared = ParzenCommand.prepare(directory);
        Path file = ParzenCommand.checkpointFile(directory, checkpoint);
        RestorableRun run = RestorableRun.of(prepared);
        MnistTraining training = run.restore(file);
        long iteration = training.state().iteration();
        out.printf(Locale.ROOT, "Parzen window log-likelihood of %s (%s checkpoint, iteration %d, epoch %.1f) on %d"
                + " draws of %d centres (test set):%n", directory.root(), checkpoint, iteration,
                training.epochsAt(iteration), draws, run.parzenSamples());
        double[] scores = new double[draws];
        double[] errors = new double[draws];
        StringBuilder table = new StringBuilder(HEADER).append('\n');
        long start = System.nanoTime();
        for (int draw = 0; draw < draws; draw++) {
            ParzenScore score = ParzenProtocol.score(training.networks(), run.random(), run.data(),
                    run.parzenSamples(), draw);
            scores[draw] = score.test().mean();
            errors[draw] = score.test().standardError();
            directory.writeText(fileName(checkpoint),
                    table.append(draw).append(',').append(ParzenProtocol.csv(score)).append('\n').toString());
            out.printf(Locale.ROOT, "  draw %d: %.2f ± %.2f nats, σ = %.3f   [%d of %d, %.0f s]%n", draw,
                    scores[draw], errors[draw], score.sigma(), draw + 1, draws, (System.nanoTime() - start) / 1e9);
        }
        Moments across = Moments.of(scores);
        out.printf(Locale.ROOT, "over the %d draws: mean %.2f nats, standard deviation %.2f; the protocol's ± over"
                + " the test images %.2f on average%n", draws, across.mean(),
                Math.sqrt(across.squaredDeviations() / (draws - 1)), Moments.of(errors).mean());
        out.println("written to " + directory.file(fileName(checkpoint)));
    }
}
