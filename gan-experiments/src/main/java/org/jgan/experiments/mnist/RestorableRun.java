package org.jgan.experiments.mnist;

import java.nio.file.Path;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.train.Checkpoint;
import org.jgan.experiments.cli.Runs;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.data.ImageDataset;
import org.jgan.experiments.data.KnownDataset;
import org.jgan.experiments.run.Threads;
import org.jgan.experiments.training.CommonSettings;

/**
 * An {@code mnist} run set up again from its config.json, for evaluating its checkpoints after the fact: the data
 * (its {@code data-dir}, else $JGAN_DATA_DIR, else the cache) and the training built as at the run's start, into
 * whose state {@link #restore} loads a checkpoint. The evaluation draws ({@link EvalDraw}) depend on the seed alone,
 * so any checkpoint restored here is scored on the same noise as during the run and as by any other restore.
 *
 * @param config   the run's configuration
 * @param dataset  the data set it trained on
 * @param data     that data set, loaded
 * @param random   the run's random streams
 * @param training the networks, optimizers and counters a checkpoint is restored into
 */
record RestorableRun(Config config, KnownDataset dataset, ImageDataset data, RandomStreams random,
                     MnistTraining training) {
    /** Loads the data of the run {@code prepared} describes and builds its training. */
    static RestorableRun of(Runs.Prepared prepared) {
        Threads.configure();
        Config config = prepared.config();
        KnownDataset dataset = MnistSettings.dataset(config);
        ImageDataset data = ImageDataset.load(dataset, MnistSettings.locator(config).locate(dataset));
        RandomStreams random = new RandomStreams(config.get(CommonSettings.SEED));
        return new RestorableRun(config, dataset, data, random,
                MnistTraining.create(config, prepared.registry(), random, data));
    }

    /** Restores the state saved in {@code checkpoint} and returns the training that now holds it. */
    MnistTraining restore(Path checkpoint) {
        Checkpoint.restore(training.state(), checkpoint);
        return training;
    }

    /** The generated samples the full protocol takes as centres ({@code parzen-samples}). */
    int parzenSamples() {
        return config.getInt(MnistSettings.PARZEN_SAMPLES);
    }
}
