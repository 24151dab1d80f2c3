package org.jgan.experiments.mnist;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgan.core.config.ConfigException;
import org.jgan.core.train.Checkpoint;
import org.jgan.experiments.Experiment;
import org.jgan.experiments.RunContext;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.data.ImageDataset;
import org.jgan.experiments.data.KnownDataset;
import org.jgan.experiments.data.Split;
import org.jgan.experiments.metrics.ParzenScore;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.ResidentMemory;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.training.TrainingLoop;
import org.jgan.experiments.wiring.Registry;
import org.jgan.models.architecture.GoodfellowMnist;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Table 1 of Goodfellow et al. 2014 (arXiv 1406.2661): the authors' MNIST GAN ({@code mnist.yaml}) trained as they
 * trained it, scored by their Parzen window protocol ({@code parzen_ll.py}; the paper: 225 ± 2 nats), with Figures 2
 * and 3. {@code --set dataset=fashion-mnist} runs the same model and protocol on Fashion-MNIST.
 *
 * <p>Training ({@link MnistTraining}): z ~ U(−√3, √3)^100 (N(0, 1)^100 with {@code noise=normal}); G 1200 ReLU,
 * 1200 ReLU, 784 sigmoid with the output bias logit(mean pixel); D maxout 240×5, 240×5, logit, with inverted
 * dropout; SGD lr 0.1 / 1.000004^t (floor 1e-6), momentum 0.5 → 0.7 over epochs 1..250, D's gradient halved (the
 * authors' D loss is 0.5·(BCE real + BCE fake)); batches of 100 from train[0:50000] in a fresh order every epoch;
 * the simultaneous update with the non-saturating G loss by default, Algorithm 1 and the minimax loss as options.
 *
 * <p>Every {@code monitor-every} iterations a {@link ParzenMonitor} scores G on validation images and keeps the
 * best checkpoint; at the end the full protocol scores that checkpoint (and, for comparison, the last one) on the
 * test set. Every {@code keep-every} iterations the state is kept as well, so that {@link ParzenCommand} can score
 * the run's history afterwards. Summary: {@code parzen_ll}, {@code parzen_se}, {@code parzen_sigma} (of the
 * best-monitor checkpoint), {@code epochs}, {@code iterations}, {@code train_seconds} (wall time of training in this process: after a resume,
 * of the resumed part only), {@code peak_rss_mb} (the process's peak resident memory, on Linux),
 * {@code monitor_best_ll}, {@code monitor_best_iteration}, {@code scored_epoch},
 * {@code monitor_initial_ll} (the untrained G, for scale), the
 * last checkpoint's {@code parzen_ll_last}, {@code parzen_se_last}, {@code parzen_sigma_last}, the data's own
 * score with as many training images as centres ({@code parzen_ll_data}, {@code parzen_se_data},
 * {@code parzen_sigma_data}) and {@code class_share_min}, the smallest share of the scored G's samples that one class
 * gets; {@value #CLASS_BREAKDOWN} holds the whole {@link ClassBreakdown}.
 */
public final class MnistExperiment implements Experiment {
    /** The registered name. */
    public static final String NAME = "mnist";
    /** The file of the scored checkpoint's {@link ClassBreakdown}. */
    static final String CLASS_BREAKDOWN = "class-breakdown.csv";

    @Override
    public String description() {
        return "Table 1, Figures 2-3: the authors' MNIST GAN and Parzen protocol (paper: 225 +- 2 nats); "
                + "--set dataset=fashion-mnist for Fashion-MNIST";
    }

    @Override
    public List<Setting<?>> settings() {
        return MnistSettings.all();
    }

    /** Epochs and iterations: nothing but the end of training depends on them (the schedules count steps). */
    @Override
    public List<Setting<Long>> lengthSettings() {
        return List.of(MnistSettings.EPOCHS, MnistSettings.ITERATIONS);
    }

    /**
     * The length, the optimizer's schedules, the loss and update rule, the cadence of logs, checkpoints and the
     * monitor, the size of the final Parzen estimate and where the data is. Not the model, data set, noise, batch
     * size or number type (what is trained), the seed, or the monitor's centres and images: a fork's monitor must
     * stay comparable with its source's, since the best checkpoint is chosen over both.
     */
    @Override
    public List<Setting<?>> forkSettings() {
        return List.of(MnistSettings.EPOCHS, MnistSettings.ITERATIONS, MnistSettings.LEARNING_RATE,
                MnistSettings.LR_DECAY, MnistSettings.LR_FLOOR, MnistSettings.MOMENTUM_START, MnistSettings.MOMENTUM_END,
                MnistSettings.MOMENTUM_SATURATE, MnistSettings.D_LOSS_SCALE, MnistSettings.LOSS, MnistSettings.UPDATE,
                MnistSettings.K, MnistSettings.LOG_EVERY, MnistSettings.CHECKPOINT_EVERY, MnistSettings.KEEP_EVERY,
                MnistSettings.MONITOR_EVERY, MnistSettings.PARZEN_SAMPLES, MnistSettings.DATA_DIR);
    }

    /** Reads the data set (every file validated) and checks what the settings alone cannot; writes nothing. */
    @Override
    public void check(Config config, Registry registry) {
        KnownDataset dataset = MnistSettings.dataset(config);
        ImageDataset.load(dataset, MnistSettings.locator(config).locate(dataset));
        registry.model(MnistSettings.MODEL.key(), config.get(MnistSettings.MODEL))
                .build(GoodfellowMnist.DATA_DIMENSION, DataType.FLOAT);
        long logEvery = config.get(MnistSettings.LOG_EVERY);
        if (config.get(MnistSettings.MONITOR_EVERY) % logEvery != 0) {
            throw new ConfigException(MnistSettings.MONITOR_EVERY.key(), "a multiple of log-every (" + logEvery + ")",
                    config.get(MnistSettings.MONITOR_EVERY));
        }
        if (config.get(MnistSettings.BATCH) > Split.TRAIN_SIZE) {
            throw new ConfigException(MnistSettings.BATCH.key(), "at most the " + Split.TRAIN_SIZE
                    + " training images", config.get(MnistSettings.BATCH));
        }
        if (config.get(MnistSettings.MONITOR_IMAGES) > KnownDataset.TRAIN_COUNT - Split.TRAIN_SIZE) {
            throw new ConfigException(MnistSettings.MONITOR_IMAGES.key(), "at most the "
                    + (KnownDataset.TRAIN_COUNT - Split.TRAIN_SIZE) + " validation images",
                    config.get(MnistSettings.MONITOR_IMAGES));
        }
    }

    @Override
    public void run(RunContext context) {
        Config config = context.config();
        RunDirectory directory = context.directory();
        KnownDataset dataset = MnistSettings.dataset(config);
        ImageDataset data = ImageDataset.load(dataset, MnistSettings.locator(config).locate(dataset));
        MnistTraining training = MnistTraining.create(config, context.registry(), context.random(), data);
        DataType type = training.networks().generator().dataType();

        ParzenMonitor monitor = new ParzenMonitor(training.networks(), training.state(),
                EvalDraw.MONITOR.noise(training.networks(), context.random(), config.getInt(MnistSettings.MONITOR_SAMPLES)),
                data.images(Split.VALIDATION, 0, config.getInt(MnistSettings.MONITOR_IMAGES), type),
                config.get(MnistSettings.MONITOR_EVERY), training.iterations(), directory, context.resuming());
        long start = System.nanoTime();
        new TrainingLoop(context, training.trainer(), ParzenMonitor.COLUMNS, monitor,
                config.get(MnistSettings.LOG_EVERY), config.get(MnistSettings.CHECKPOINT_EVERY),
                config.get(MnistSettings.KEEP_EVERY)).run(training.iterations());
        double trainSeconds = (System.nanoTime() - start) / 1e9;

        int centres = config.getInt(MnistSettings.PARZEN_SAMPLES);
        ParzenScore last = ParzenProtocol.score(training.networks(), context.random(), data, centres);
        Checkpoint.restore(training.state(), directory.bestCheckpoint());
        ParzenProtocol.Evaluation best = ParzenProtocol.evaluate(training.networks(), context.random(), data, centres,
                training.trainBytes());
        RunDirectory.writeAtomically(directory.file(CLASS_BREAKDOWN),
                best.classes().csv().getBytes(StandardCharsets.UTF_8));

        MetricsTable metrics = MetricsTable.read(directory.file(RunDirectory.METRICS));
        Map<String, Object> summary = new LinkedHashMap<>(ParzenProtocol.entries(best.score(), ""));
        summary.put("epochs", training.epochsAt(training.iterations()));
        summary.put("iterations", training.iterations());
        summary.put("train_seconds", trainSeconds);
        ResidentMemory.peakMegabytes().ifPresent(peak -> summary.put("peak_rss_mb", peak));
        long bestIteration = training.state().iteration();
        summary.put("monitor_best_ll", ParzenMonitor.best(metrics)[0]);
        summary.put("monitor_initial_ll", metrics.first(ParzenMonitor.COLUMNS.get(0)));
        summary.put("monitor_best_iteration", bestIteration);
        summary.put("scored_epoch", training.epochsAt(bestIteration));
        summary.putAll(ParzenProtocol.entries(last, "_last"));
        summary.putAll(ParzenProtocol.entries(best.dataScore(), "_data"));
        summary.put("class_share_min", best.classes().smallestSampleShare());
        summary.put("dataset", dataset.id());
        context.writeSummary(summary);

        MnistFigures.figure2(directory, training.networks(), context.random(), training.trainBytes());
        MnistFigures.figure3(directory, training.networks(), context.random());
        MnistFigures.trainingCurves(directory, metrics, training.batchesPerEpoch(), dataset.id());
        // Again, now that the figures are drawn: the peak of the whole run.
        ResidentMemory.peakMegabytes().ifPresent(peak -> summary.put("peak_rss_mb", peak));
        context.writeSummary(summary);
        MnistReport.write(directory, config, dataset, summary, best.classes());
    }
}
