package org.jgan.core.optim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jgan.core.network.Network;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A chain of {@link GradientTransform}s applied to a network's flat gradient, then added to its flat
 * parameters: θ ← θ + T_n(…T_1(∇θ)). Optax's composition instead of a class per optimizer.
 *
 * <p>State (momentum, Adam's moments) lives in flat buffers created on first use and exposed by
 * {@link #state()} for checkpoints. The gradient buffer is consumed: it holds the final update afterwards.
 *
 * <p>A chain of scalings followed by a momentum trace (SGD with momentum) runs as one pass over memory on float32
 * buffers, which flushes subnormal values to zero ({@link FusedMomentumUpdate}); while no value is subnormal the result
 * is that of its stages run one by one, bit for bit.
 */
public final class Optimizer {
    private final List<GradientTransform> stages;
    private final String name;
    /** The chain as one pass, or null when it is not scalings followed by a trace. */
    private final FusedMomentumUpdate fused;
    private INDArray[][] state;

    /**
     * @param name   how the optimizer is reported, e.g. {@code "sgd-momentum"}
     * @param stages the transforms, applied in order
     */
    public Optimizer(String name, List<GradientTransform> stages) {
        this.name = name;
        this.stages = List.copyOf(stages);
        this.fused = FusedMomentumUpdate.of(this.stages, MomentumKernels.fastest()).orElse(null);
    }

    /** An optimizer from stages applied in order. */
    public static Optimizer chain(String name, GradientTransform... stages) {
        return new Optimizer(name, Arrays.asList(stages));
    }

    /**
     * How fused momentum updates run in this JVM: in SIMD lanes when it was started with
     * {@code --add-modules jdk.incubator.vector}, else one element at a time (same bits, slower).
     */
    public static String momentumKernel() {
        return MomentumKernels.fastest().description();
    }

    /** Applies one update to {@code network} from its current {@link Network#gradients()}. */
    public void step(Network network, long step) {
        INDArray update = network.gradients();
        prepare(update);
        if (fused != null && fused.apply(network.parameters(), update, state[stages.size() - 1][0], step)) {
            return;
        }
        for (int i = 0; i < stages.size(); i++) {
            stages.get(i).apply(update, state[i], step);
        }
        network.parameters().addi(update);
    }

    /** The state buffers of every stage, flattened in stage order (for checkpoints). */
    public List<INDArray> state() {
        List<INDArray> all = new ArrayList<>();
        if (state != null) {
            for (INDArray[] s : state) {
                all.addAll(Arrays.asList(s));
            }
        }
        return all;
    }

    /** Restores state saved by {@link #state()} for a network with parameters like {@code like}. */
    public void restore(List<INDArray> saved, INDArray like) {
        prepare(like);
        List<INDArray> mine = state();
        if (saved.size() != mine.size()) {
            throw new IllegalArgumentException("optimizer " + name + " has " + mine.size()
                    + " state buffers, checkpoint has " + saved.size());
        }
        for (int i = 0; i < saved.size(); i++) {
            mine.get(i).assign(saved.get(i));
        }
    }

    /** Allocates zeroed state buffers shaped like {@code like}, the network's parameters, if not done yet. */
    public void prepare(INDArray like) {
        if (state == null) {
            state = new INDArray[stages.size()][];
            for (int i = 0; i < stages.size(); i++) {
                state[i] = new INDArray[stages.get(i).stateBuffers()];
                for (int j = 0; j < state[i].length; j++) {
                    state[i][j] = GradientTransforms.zerosLike(like);
                }
            }
        }
    }

    @Override
    public String toString() {
        return name + stages.stream().map(Object::toString).collect(Collectors.joining(" -> ", "[", "]"));
    }
}
