package org.jgan.core.train;

import java.util.List;
import org.jgan.core.network.Network;
import org.jgan.core.optim.Optimizer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Everything that changes during training: the two networks, their optimizers' state, and the iteration
 * count. With the configuration and the seed it determines the rest of the run (randomness is counter-based,
 * schedules are functions of the step), so it is exactly what a checkpoint saves.
 */
public final class GanState {
    private final Network generator;
    private final Network discriminator;
    private final Optimizer generatorOptimizer;
    private final Optimizer discriminatorOptimizer;
    private long iteration;
    private long discriminatorUpdates;

    /**
     * @param generator              G
     * @param discriminator          D
     * @param generatorOptimizer     G's optimizer
     * @param discriminatorOptimizer D's optimizer
     */
    public GanState(Network generator, Network discriminator, Optimizer generatorOptimizer,
                    Optimizer discriminatorOptimizer) {
        this.generator = generator;
        this.discriminator = discriminator;
        this.generatorOptimizer = generatorOptimizer;
        this.discriminatorOptimizer = discriminatorOptimizer;
        generatorOptimizer.prepare(generator.parameters());
        discriminatorOptimizer.prepare(discriminator.parameters());
    }

    /** G. */
    public Network generator() {
        return generator;
    }

    /** D. */
    public Network discriminator() {
        return discriminator;
    }

    /** G's optimizer. */
    public Optimizer generatorOptimizer() {
        return generatorOptimizer;
    }

    /** D's optimizer. */
    public Optimizer discriminatorOptimizer() {
        return discriminatorOptimizer;
    }

    /** Generator updates done so far. */
    public long iteration() {
        return iteration;
    }

    /** Discriminator updates done so far (k per iteration under Algorithm 1). */
    public long discriminatorUpdates() {
        return discriminatorUpdates;
    }

    void advance(long discriminatorSteps) {
        iteration++;
        discriminatorUpdates += discriminatorSteps;
    }

    /** Sets the counters when restoring a checkpoint. */
    public void restoreCounters(long iteration, long discriminatorUpdates) {
        this.iteration = iteration;
        this.discriminatorUpdates = discriminatorUpdates;
    }

    /** The arrays a checkpoint saves, in a fixed order: G and D parameters, then optimizer states. */
    public List<INDArray> arrays() {
        java.util.ArrayList<INDArray> all = new java.util.ArrayList<>();
        all.add(generator.parameters());
        all.add(discriminator.parameters());
        all.addAll(generatorOptimizer.state());
        all.addAll(discriminatorOptimizer.state());
        return all;
    }
}
