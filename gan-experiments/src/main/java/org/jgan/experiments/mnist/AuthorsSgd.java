package org.jgan.experiments.mnist;

import static org.jgan.core.optim.GradientTransforms.descend;
import static org.jgan.core.optim.GradientTransforms.scale;
import static org.jgan.core.optim.GradientTransforms.trace;

import java.util.Locale;
import org.jgan.core.config.Check;
import org.jgan.core.optim.Optimizer;
import org.jgan.core.optim.Schedule;

/**
 * The optimizer of the authors' {@code mnist.yaml} (Goodfellow et al. 2014, goodfeli/adversarial), for G and for D:
 * SGD with classic momentum, v ← μ(t)·v − lr(t)·s·g, θ ← θ + v, where
 * <ul>
 *   <li>lr(t) = max(lr₀ / decay^t, floor) after t minibatches (pylearn2's ExponentialDecay: 0.1, 1.000004, 1e-6);</li>
 *   <li>μ rises linearly from μ₀ to μ₁ over epochs {@code start..saturate} (pylearn2's MomentumAdjustor: 0.5 → 0.7
 *       over epochs 1..250). The adjustor counts its calls, the first one before any training, so during 0-based
 *       epoch e it has been called e + 1 times and μ = μ₀ + (μ₁ − μ₀)·(e + 1 − start)/(saturate − start), clamped;</li>
 *   <li>s scales the gradient: the authors' D minimises 0.5·(BCE(real → 1) + BCE(fake → 0)) where our logistic
 *       discriminator loss is BCE(real) + BCE(fake), so D's optimizer takes s = 0.5 and G's s = 1.</li>
 * </ul>
 *
 * @param learningRate    lr₀
 * @param decay           the divisor applied after every minibatch, &gt; 0 (1 keeps the rate constant)
 * @param floor           the smallest learning rate, &gt;= 0
 * @param momentumStart   μ₀
 * @param momentumEnd     μ₁
 * @param startEpoch      the adjustor's {@code start} (1-based epochs)
 * @param saturateEpoch   the adjustor's {@code saturate}, &gt;= startEpoch
 * @param stepsPerEpoch   minibatches per epoch (500 for 50,000 images in batches of 100)
 */
record AuthorsSgd(double learningRate, double decay, double floor, double momentumStart, double momentumEnd,
                  long startEpoch, long saturateEpoch, long stepsPerEpoch) {
    /** The authors' initial learning rate. */
    static final double LEARNING_RATE = 0.1;
    /** The authors' per-minibatch decay divisor. */
    static final double DECAY = 1.000004;
    /** The authors' learning-rate floor. */
    static final double FLOOR = 1e-6;
    /** The authors' initial momentum. */
    static final double MOMENTUM_START = 0.5;
    /** The authors' final momentum. */
    static final double MOMENTUM_END = 0.7;
    /** The epoch at which the momentum starts to rise. */
    static final long START_EPOCH = 1;
    /** The epoch at which it reaches its final value. */
    static final long SATURATE_EPOCH = 250;
    /** The gradient scale of the authors' discriminator loss, 0.5·(BCE real + BCE fake). */
    static final double DISCRIMINATOR_LOSS_SCALE = 0.5;

    /** Validates the fields, naming the settings that set them. */
    AuthorsSgd {
        Check.positive("learning-rate", learningRate);
        Check.positive("lr-decay", decay);
        Check.nonNegative("lr-floor", floor);
        Check.inRange("momentum-start", momentumStart, 0, 1);
        Check.inRange("momentum-end", momentumEnd, 0, 1);
        Check.atLeast("momentum-saturate-epoch", saturateEpoch, startEpoch);
        Check.atLeast("steps per epoch", stepsPerEpoch, 1);
    }

    /** The learning rate as a function of the minibatch count. */
    Schedule learningRateSchedule() {
        return Schedule.exponentialDecay(learningRate, decay, floor);
    }

    /** The momentum as a function of the minibatch count (0-based epoch e = ⌊t / stepsPerEpoch⌋ has had e + 1 calls). */
    Schedule momentumSchedule() {
        return Schedule.linear(momentumStart, momentumEnd, startEpoch - 1, saturateEpoch - 1).perEpoch(stepsPerEpoch);
    }

    /** The optimizer of a network whose loss gradient is scaled by {@code lossScale} (1 for G, 0.5 for D). */
    Optimizer create(double lossScale) {
        Check.positive("loss scale", lossScale);
        return Optimizer.chain("sgd-momentum", scale(Schedule.constant(lossScale)), descend(learningRateSchedule()),
                trace(momentumSchedule()));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SGD(lr %s / %s^t, floor %s; momentum %s -> %s over epochs %d..%d; "
                        + "%d steps per epoch)", learningRate, decay, floor, momentumStart, momentumEnd, startEpoch,
                saturateEpoch, stepsPerEpoch);
    }
}
