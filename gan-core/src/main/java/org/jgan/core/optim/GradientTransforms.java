package org.jgan.core.optim;

import org.jgan.core.config.Check;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.floating.Sqrt;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The optimizer stages: small pieces that {@link Optimizer#chain} composes (Optax's design). Each stage is a few
 * in-place native calls over the whole flat parameter vector; scalings followed by a trace run on float32 as one
 * fused pass instead ({@link FusedMomentumUpdate}).
 */
public final class GradientTransforms {
    /** Adam's default β1 (Kingma and Ba 2015). */
    public static final double ADAM_BETA1 = 0.9;
    /** Adam's default β2. */
    public static final double ADAM_BETA2 = 0.999;
    /** Adam's and RMSProp's default ε. */
    public static final double EPSILON = 1e-8;
    /** RMSProp's default decay of the squared-gradient average. */
    public static final double RMSPROP_DECAY = 0.9;

    private GradientTransforms() {
    }

    /** update ← factor(step) · update. */
    public static GradientTransform scale(Schedule factor) {
        return new Scaling("scale(" + factor + ")", factor);
    }

    /** update ← −lr(step) · update: descent with the given learning rate. */
    public static GradientTransform descend(Schedule learningRate) {
        return new Scaling("descend(lr=" + learningRate + ")",
                step -> -Check.nonNegative("learning rate at step " + step, learningRate.at(step)));
    }

    /**
     * Classic momentum's trace: v ← μ(step) · v + update; update ← v. After scalings, on float32 buffers, the
     * optimizer runs it fused with them, flushing subnormals to zero ({@link FusedMomentumUpdate}).
     */
    public static GradientTransform trace(Schedule momentum) {
        return new MomentumTrace(momentum);
    }

    /**
     * Adam's direction (Kingma and Ba 2015): m ← β1 m + (1−β1) g, v ← β2 v + (1−β2) g²,
     * update ← m̂ / (√v̂ + ε) with bias corrections m̂ = m / (1 − β1^t), v̂ = v / (1 − β2^t).
     */
    public static GradientTransform adam(double beta1, double beta2, double epsilon) {
        Check.inRange("beta1", beta1, 0, 1);
        Check.inRange("beta2", beta2, 0, 1);
        Check.positive("epsilon", epsilon);
        return new Stateful("adam(beta1=" + beta1 + ", beta2=" + beta2 + ", eps=" + epsilon + ")", 2,
                (g, s, step) -> {
                    long t = step + 1;
                    double c1 = 1 - Math.pow(beta1, t);
                    double c2 = 1 - Math.pow(beta2, t);
                    // One scratch vector and twelve in-place native calls; g itself holds g², then the denominator.
                    INDArray scratch = g.mul(1 - beta1);
                    s[0].muli(beta1).addi(scratch);
                    s[1].muli(beta2).addi(g.muli(g).muli(1 - beta2));
                    Transforms.sqrt(s[1].div(c2, g), false).addi(epsilon);
                    g.rdivi(s[0].div(c1, scratch));
                });
    }

    /** RMSProp's direction (Tieleman and Hinton 2012): a ← ρ a + (1−ρ) g²; update ← g / (√a + ε). */
    public static GradientTransform rmsprop(double decay, double epsilon) {
        Check.inRange("rmsprop decay", decay, 0, 1);
        Check.positive("epsilon", epsilon);
        return new Stateful("rmsprop(decay=" + decay + ", eps=" + epsilon + ")", 1, (g, s, step) -> {
            INDArray scratch = g.mul(g).muli(1 - decay);
            s[0].muli(decay).addi(scratch);
            g.divi(Nd4j.exec(new Sqrt(s[0], scratch)).addi(epsilon));
        });
    }

    /** A zero vector like {@code like}, for state buffers: outside any workspace, since state outlives every step. */
    static INDArray zerosLike(INDArray like) {
        return Nd4j.createUninitializedDetached(like.dataType(), like.ordering(), like.shape()).assign(0);
    }

    private interface StatefulBody {
        void apply(INDArray update, INDArray[] state, long step);
    }

    private record Stateful(String description, int stateBuffers, StatefulBody body) implements GradientTransform {
        @Override
        public void apply(INDArray update, INDArray[] state, long step) {
            body.apply(update, state, step);
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
